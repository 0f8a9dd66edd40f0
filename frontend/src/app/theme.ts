import type { ThemeConfig } from 'antd';

export const BRAND_RED = '#a8071a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b91c1c',
    colorLink: '#b91c1c',
    borderRadius: 8,
    fontSize: 15,
    // antd's defaults (45 % black) fall short of WCAG AA contrast for body text.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  },
  components: {
    Layout: {
      headerBg: BRAND_RED,
      headerHeight: 56,
      headerPadding: '0 16px',
      bodyBg: '#f6f5f4',
      footerBg: '#f6f5f4',
    },
    Menu: {
      darkItemBg: BRAND_RED,
      darkPopupBg: BRAND_RED,
      darkItemColor: 'rgba(255, 255, 255, 0.88)',
      darkItemHoverColor: '#ffffff',
      darkItemSelectedBg: 'rgba(0, 0, 0, 0.22)',
      darkItemSelectedColor: '#ffffff',
    },
  },
};
