/** Resolves theme CSS tokens (light-dark() included) to concrete colours, for drawing on a canvas. */
export function themeColors<const T extends string>(tokens: readonly T[]): Record<T, string> {
  const probe = document.createElement("span");
  document.body.append(probe);
  const colors = {} as Record<T, string>;
  for (const token of tokens) {
    probe.style.color = `var(${token})`;
    colors[token] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colors;
}
