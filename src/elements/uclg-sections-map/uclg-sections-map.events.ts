import type {SectionId} from '../../data/sections.js';

export interface SectionSelectDetail {
  /** The section the reader selected. */
  section: SectionId;
}

/** Fired when the reader selects a section, by pointer or keyboard (never by script). */
export type SectionSelectEvent = CustomEvent<SectionSelectDetail>;

export const sectionSelect = (section: SectionId): SectionSelectEvent =>
  new CustomEvent('uclg-section-select', {bubbles: true, composed: true, detail: {section}});

declare global {
  interface GlobalEventHandlersEventMap {
    'uclg-section-select': SectionSelectEvent;
  }
}
