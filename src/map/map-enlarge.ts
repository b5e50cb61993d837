import type * as maplibregl from "maplibre-gl";

/** The container's style properties changed while the map is enlarged. */
const RESIZED = ["position", "left", "top", "right", "bottom", "width", "height", "visibility"] as const;

/**
 * Draws the map at a larger CSS size for a while (a page of paper wants more
 * of the land around the view than the screen shows), the view's centre and
 * zoom kept: the map's container is given that size, centred where it was,
 * and hidden behind a still copy of the map as it was, so that the page does
 * not move. Gives back the function that puts everything as it was.
 */
export function enlargeMap(map: maplibregl.Map, overlays: readonly HTMLCanvasElement[], css: { width: number; height: number }): () => void {
  const container = map.getContainer();
  const rect = container.getBoundingClientRect();
  const curtain = stillCopy(map.getCanvas(), overlays, rect);
  document.body.append(curtain);
  // Through the style object, property by property: the page's Content Security Policy refuses a style attribute set as text.
  const saved = RESIZED.map((name) => [name, container.style.getPropertyValue(name), container.style.getPropertyPriority(name)] as const);
  // Fixed, so that a container wider than the page adds no scrolling; hidden, so that only the still copy is seen.
  const set: Record<(typeof RESIZED)[number], string> = {
    position: "fixed",
    left: `${rect.left + (rect.width - css.width) / 2}px`,
    top: `${rect.top + (rect.height - css.height) / 2}px`,
    right: "auto",
    bottom: "auto",
    width: `${css.width}px`,
    height: `${css.height}px`,
    visibility: "hidden",
  };
  for (const name of RESIZED) container.style.setProperty(name, set[name]);
  map.resize();
  return () => {
    for (const [name, value, priority] of saved) {
      if (value === "") container.style.removeProperty(name);
      else container.style.setProperty(name, value, priority);
    }
    map.resize();
    // The still copy goes once the map has drawn itself again at its own size.
    const remove = () => curtain.remove();
    map.once("render", remove);
    map.triggerRepaint();
    setTimeout(remove, 1000);
  };
}

/** A canvas over the page where the map is, holding the map's pixels as they are now. */
function stillCopy(source: HTMLCanvasElement, overlays: readonly HTMLCanvasElement[], rect: DOMRect): HTMLCanvasElement {
  const copy = document.createElement("canvas");
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext("2d")!;
  ctx.drawImage(source, 0, 0);
  for (const overlay of overlays) if (overlay.width > 0 && overlay.height > 0) ctx.drawImage(overlay, 0, 0, copy.width, copy.height);
  copy.setAttribute("aria-hidden", "true");
  Object.assign(copy.style, { position: "fixed", left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px`, pointerEvents: "none", zIndex: "5" });
  return copy;
}
