import type { Status } from '../../generated/types.js';

/**
 * Colours of the charts and status badges. Each is dark enough for white text (4.5:1) and for a
 * graphical object on white (3:1); shape, dashes and labels carry the meaning too, never colour alone.
 */
export const statusColors: Record<Status | 'none', { fill: string; text: string }> = {
  achieved: { fill: '#1e6b34', text: '#ffffff' },
  partly: { fill: '#4f6f12', text: '#ffffff' },
  ongoing: { fill: '#1f5b94', text: '#ffffff' },
  'not-started': { fill: '#5f5f5f', text: '#ffffff' },
  'not-achieved': { fill: '#a1301c', text: '#ffffff' },
  dropped: { fill: '#5b3f8c', text: '#ffffff' },
  none: { fill: '#e4e4e4', text: '#1a1a1a' },
};

/** Lines of a trend chart, told apart by colour, dash pattern and marker shape. */
export const seriesStyles = [
  { color: '#1f5b94', dash: '', marker: 'circle' },
  { color: '#a1301c', dash: '6 4', marker: 'square' },
  { color: '#1e6b34', dash: '2 3', marker: 'triangle' },
  { color: '#5b3f8c', dash: '10 3 2 3', marker: 'diamond' },
] as const;

/**
 * Lines of the reference regions (the country, the wellbeing services county): dark greys with
 * hollow markers and dash patterns of their own, so they read apart from the municipalities'
 * filled markers in colour and in greyscale print alike.
 */
export const referenceStyles = [
  { color: '#1a1a1a', dash: '14 4', marker: 'ring' },
  { color: '#4d4d4d', dash: '5 2 1 2', marker: 'cross' },
  { color: '#333333', dash: '1 3', marker: 'hollow-square' },
  { color: '#4d4d4d', dash: '8 2 1 2 1 2', marker: 'hollow-diamond' },
] as const;
