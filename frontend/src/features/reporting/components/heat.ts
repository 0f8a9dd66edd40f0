import type { MonthFigure } from '../types';

/** The heatmap's colour for a month: green at or above the threshold, amber within 10 points, red below. */
export function heatColour(figure: MonthFigure, threshold: number): string {
  if (figure.ratePercent === null) return figure.regularMissing ? '#f5222d22' : 'transparent';
  if (figure.ratePercent >= threshold) return '#52c41a55';
  if (figure.ratePercent >= threshold - 10) return '#faad1455';
  return '#f5222d55';
}
