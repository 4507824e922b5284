/** Series colours for every chart: dark enough for contrast on white, distinct from each other. */
export const SERIES_COLOURS = ['#0b5c55', '#a63a0c', '#3b4cc0', '#7a3e9d', '#5c6b00', '#b0306a', '#00677f', '#6b4f00', '#333333'];
