/** A status in words with the map's swatch, so tables read the same without colour. */
import { useI18n } from '../app/i18n';
import type { Level, Status } from '../../shared/classification/types';
import { itemCategory } from './map/categories';
import { Swatch } from './map/MapLegend';
import { PhraseText } from './PhraseText';

export function StatusBadge({ status, level }: { status: Status; level: Level | null }) {
  const i18n = useI18n();
  return (
    <span className="badge" data-category={itemCategory({ status, level })}>
      <Swatch category={itemCategory({ status, level })} size={12} />
      <span>
        <PhraseText text={i18n.status(status)} />
      </span>
    </span>
  );
}
