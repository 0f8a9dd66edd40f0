/** A gold star on red: the product's mark. Decorative; the product name always stands beside it. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#ffffff" fillOpacity="0.14" />
      <path
        fill="#ffd666"
        d="M32 11l5.9 18.1H57l-15.4 11.2 5.9 18.1L32 47.2 16.5 58.4l5.9-18.1L7 29.1h19.1z"
      />
    </svg>
  );
}
