import { useState } from 'preact/hooks';
import type { Entity, EntityType } from '../utils/model';
import { PanelSection } from './PanelSection';

/** Entities listed per type before a "show all" button: the most mentioned ones matter most. */
const VISIBLE_PER_GROUP = 12;

const GROUPS: readonly { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organizations' },
  { type: 'place', label: 'Places' },
  { type: 'misc', label: 'Other' },
];

interface EntityListProps {
  entities: readonly Entity[];
  activeId?: string;
  onSelect: (entity: Entity) => void;
}

function EntityGroup({ label, entities, activeId, onSelect }: EntityListProps & { label: string }) {
  const [showAll, setShowAll] = useState(false);
  const sorted = [...entities].sort((a, b) => b.count - a.count);
  const shown = showAll ? sorted : sorted.slice(0, VISIBLE_PER_GROUP);
  return (
    <div class="sl-entity-group">
      <h4 class="sl-entity-group__label">
        {label} <span class="sl-count">({entities.length})</span>
      </h4>
      <ul class="sl-chips">
        {shown.map((entity) => (
          <li key={entity.id}>
            <button
              type="button"
              class="sl-chip"
              aria-pressed={entity.id === activeId}
              title={entity.aliases.length > 0 ? `Also: ${entity.aliases.join(', ')}` : undefined}
              onClick={() => onSelect(entity)}
            >
              {entity.name} <span class="sl-count">{entity.count}</span>
            </button>
          </li>
        ))}
      </ul>
      {sorted.length > VISIBLE_PER_GROUP ? (
        <button type="button" class="sl-link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${sorted.length}`}
        </button>
      ) : null}
    </div>
  );
}

function EntityList({ entities, activeId, onSelect, empty }: EntityListProps & { empty: string }) {
  if (entities.length === 0) return <p class="sl-empty">{empty}</p>;
  return (
    <>
      {GROUPS.map(({ type, label }) => {
        const ofType = entities.filter((entity) => entity.type === type);
        return ofType.length === 0 ? null : (
          <EntityGroup key={type} label={label} entities={ofType} activeId={activeId} onSelect={onSelect} />
        );
      })}
    </>
  );
}

interface EntitiesSectionProps {
  body: readonly Entity[];
  comments: readonly Entity[];
  activeId?: string;
  /** What the last click did ("7 of 9 mentions highlighted"), announced politely. */
  status?: string;
  onSelect: (entity: Entity) => void;
}

/** Named entities of the article and, apart, those readers mention; a click highlights and filters. */
export function EntitiesSection({ body, comments, activeId, status, onSelect }: EntitiesSectionProps) {
  return (
    <PanelSection id="entities" title="Entities" detail={`(${body.length})`}>
      <h3 class="sl-subheading">In the article</h3>
      <EntityList
        entities={body}
        activeId={activeId}
        onSelect={onSelect}
        empty="No named entities found in the article."
      />
      <h3 class="sl-subheading">Readers mention</h3>
      <EntityList
        entities={comments}
        activeId={activeId}
        onSelect={onSelect}
        empty="No named entities in the comments."
      />
      <p class="sl-status" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </PanelSection>
  );
}
