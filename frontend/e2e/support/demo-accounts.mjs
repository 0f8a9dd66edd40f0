// The demo accounts the identity module seeds (demo profile). THE one place the browser story
// reads usernames, passwords and TOTP secrets from; the backend seed must match it exactly.
export const DEMO_PASSWORD = 'ChiBo@2026!';

/**
 * TOTP secrets: base32 (RFC 4648, no padding), 32 characters = 160 bits, SHA-1, 6 digits, 30 s.
 * Each is base32(sha1("chibo-demo-totp-<username>")).
 */
export const demoAccounts = {
  admin: { username: 'admin', password: DEMO_PASSWORD, totpSecret: 'ETEXLTTEEU45MFQ4WO35EAQZ5BMCO2Z6' },
  reviewer: { username: 'reviewer', password: DEMO_PASSWORD, totpSecret: 'RYBDEN7NMSAXAKSNCG37I23TFVKYIQFU' },
  secretary: { username: 'bithu', password: DEMO_PASSWORD, totpSecret: 'PH4N4XYU4RN3AYR7MVRREHRCZDGV7V7Z' },
  minuteTaker: { username: 'thuky', password: DEMO_PASSWORD, totpSecret: 'PO7FBYJVT5IP6P4EHJPUIFDBPBDWDB46' },
  officialMember: { username: 'dangvien', password: DEMO_PASSWORD, totpSecret: 'ZX4KOZ66IMGQZH7OVV6LIZFVBTKUKDIZ' },
  probationaryMember: { username: 'duby', password: DEMO_PASSWORD, totpSecret: 'QP2IH7P6N5W3DD6DXKHUSVEG5XUIY27V' },
  // GROUP_LEADER is the one role without a mandatory second factor (docs/access.md); it is enrolled anyway.
  groupLeader: { username: 'totruong', password: DEMO_PASSWORD, totpSecret: 'JNVX5CGIHGF2EAJQYM4ILRBQPEPJWPUX' },
};

/** The story's cell (shared/STORY.md), as the organisation demo data names it. */
export const STORY_CELL_NAME = 'Chi bộ Công ty Xây dựng Long An';
