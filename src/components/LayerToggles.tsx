import { BASEMAPS, LAYER_GROUPS, type BasemapId, type LayerGroup } from "../map/layer-groups";

interface Props {
  visibility: Record<LayerGroup, boolean>;
  onToggle: (group: LayerGroup, visible: boolean) => void;
  basemap: BasemapId;
  onBasemap: (basemap: BasemapId) => void;
}

export function LayerToggles({ visibility, onToggle, basemap, onBasemap }: Props) {
  return (
    <section className="panel" aria-labelledby="layers-title">
      <h2 id="layers-title">Layers</h2>
      {LAYER_GROUPS.map(({ id, label }) => (
        <label key={id} className="toggle">
          <input
            type="checkbox"
            name={`layer-${id}`}
            checked={visibility[id]}
            onChange={(e) => onToggle(id, e.target.checked)}
          />{" "}
          {label}
        </label>
      ))}
      <fieldset className="basemap">
        <legend>Basemap</legend>
        {BASEMAPS.map(({ id, label }) => (
          <label key={id} className="toggle">
            <input type="radio" name="basemap" value={id} checked={basemap === id} onChange={() => onBasemap(id)} /> {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
