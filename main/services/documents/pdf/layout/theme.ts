/**
 * Page geometry and colours (A4 in PostScript points). One place, so every block aligns on the same
 * margins and the same two columns.
 */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 42;
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
export const LEFT = MARGIN;
export const RIGHT = PAGE.width - MARGIN;
/** The right-hand column (title, client, totals) starts here. */
export const COLUMN_X = 318;
export const COLUMN_WIDTH = RIGHT - COLUMN_X;
/** Content never goes below this line: the footer (legal line, page number) lives under it. */
export const CONTENT_BOTTOM = PAGE.height - 66;
export const FOOTER_Y = PAGE.height - 52;

export const COLORS = {
  text: '#1f2933',
  muted: '#5f6b7a',
  accent: '#1d4e89',
  rule: '#d5dce4',
  band: '#eef2f7',
  white: '#ffffff',
} as const;

export const SIZES = {
  title: 17,
  name: 12,
  body: 8.8,
  small: 7.6,
  tiny: 7,
  due: 10.5,
} as const;
