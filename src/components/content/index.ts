/**
 * Components available in every MDX page without an import. Keeping them here (and not
 * imported page by page) means an MDX file is prose plus tags, and a new page can use any
 * of them.
 */
import CareCard from './CareCard.astro';
import Checklist from './Checklist.astro';
import Difference from './Difference.astro';
import Frequency from './Frequency.astro';
import InjectionSites from './InjectionSites.astro';
import Cite from './Cite.astro';
import GlossaryList from './GlossaryList.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import MechanismDiagram from './MechanismDiagram.astro';
import QrCode from './QrCode.astro';
import ReadingLevels from './ReadingLevels.astro';
import ReferenceList from './ReferenceList.astro';
import ScoringScale from './ScoringScale.astro';
import Term from './Term.astro';
import DoseResponse from './DoseResponse.astro';
import DoseResponseChart from './DoseResponseChart.astro';
import ForClinicians from './ForClinicians.astro';
import IconArray from './IconArray.astro';
import KeyFacts from './KeyFacts.astro';
import ReportMistake from './ReportMistake.astro';
import ResultSentence from './ResultSentence.astro';
import ResultsTable from './ResultsTable.astro';
import SaveOffline from './SaveOffline.astro';
import Stat from './Stat.astro';
import TrialFact from './TrialFact.astro';
import WeekStrip from './WeekStrip.astro';

export const contentComponents = {
  // Markdown headings (## and ###) render with a "Link to this section" control.
  h2: H2,
  h3: H3,
  CareCard,
  Checklist,
  Cite,
  Difference,
  Frequency,
  InjectionSites,
  DoseResponse,
  GlossaryList,
  MechanismDiagram,
  QrCode,
  ReadingLevels,
  ReferenceList,
  ScoringScale,
  Term,
  DoseResponseChart,
  ForClinicians,
  IconArray,
  KeyFacts,
  ReportMistake,
  ResultSentence,
  ResultsTable,
  SaveOffline,
  Stat,
  TrialFact,
  WeekStrip,
};
