/**
 * Reference for the submission bench: a bare node:http server that reads
 * the request body and answers 204, started as its own process on PORT.
 * No framework, no database: the ceiling of this machine and this client.
 */
import { createServer } from 'node:http';

createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(204);
    response.end();
  });
}).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
