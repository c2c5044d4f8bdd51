// Type declarations for kooperacja.mjs, the kooperacja library as
// WebAssembly (browsers and Node). The repository's REFERENCE.md and the Go
// packages' documentation give the meaning of findings, stages and
// indicators.

/** A JSON document: the parsed object, or its JSON text. */
export type Document = object | string;

/** Every function answers with a value, never by throwing. */
export type Result<T> =
  | { ok: true; result: T; error?: undefined }
  | { ok: false; result?: undefined; error: Failure };

export interface Failure {
  /** What went wrong, for people: in options.lang for a document that cannot be used, in English for a misuse of the API. */
  message: string;
  /** When a document could not be read: the findings that stopped it. */
  findings?: Finding[];
}

export interface Options {
  /** The date the check is evaluated at, YYYY-MM-DD. Default: the bundle's asOf, else today in Europe/Warsaw. */
  asOf?: string | null;
  /** The language of messages. Default: "pl". */
  lang?: Lang | null;
  /** A profile document applied over the variant's defaults and the bundle's profile. */
  profile?: Document | null;
  /** validate: also name where each finding is (Validation.places). */
  places?: boolean | null;
  /** monitor: the period of the record's "in the period" figures, YYYY-MM-DD each. Default: from 1 January of the date's year to the date; a missing end is the date, a missing start 1 January of the end's year. */
  period?: { from?: string | null; to?: string | null } | null;
}

export type Lang = "pl" | "en";
export type Severity = "error" | "warning" | "info";

/** One problem found in a document (REFERENCE.md lists every code). */
export interface Finding {
  /** Stable rule code, such as "team.too_small". */
  code: string;
  severity: Severity;
  /** RFC 6901 JSON Pointer to the most specific element ("" for the document). */
  path: string;
  message: string;
  /** The values that appear in the message. */
  params?: Record<string, string>;
}

/** The result of validate: the CLI's `validate --format json` document entry without its file. */
export interface Validation {
  /** True when no finding is an error. */
  valid: boolean;
  errors: number;
  warnings: number;
  /** Sorted by path, then code. */
  findings: Finding[];
  /** With options.places: where each finding is, in the order of findings. */
  places?: Place[];
}

/** Where a finding is, in the words of the planner's form. */
export interface Place {
  /** The part's JSON Pointer: "/municipality", "/institutions", "/teams/1", "/ipws/0", "/stages", "/profile", "" for the whole document. */
  part: string;
  /** Sorts the parts in reading order. */
  order: number;
  /** The part's name: a team's name, an agreement's title, "IPW „Rodzina A.”". */
  title: string;
  /** The item inside the part: "Działanie „…”". */
  item?: string;
  /** The field's label: "Termin". */
  field?: string;
  /** The finding says a required value is absent or empty. */
  missing?: boolean;
}

/** Something the data must still show for the current stage to be completed. */
export interface Missing {
  /** Stable code of the gap, such as "stage.pzk_missing" (not a rule code). */
  code: string;
  /** The rule behind the gap, for stage.pzk_team_rule. */
  rule?: string;
  /** Where the gap is to be filled, when one place applies. */
  path?: string;
  messagePl: string;
  messageEn: string;
}

/** Where the municipality stands in implementing the model (package ipw: implementation stages). */
export interface StageReport {
  variant: string;
  /** The date evaluated at. */
  date: string;
  /** The stages of the variant, in order. */
  stages: string[];
  /** The stages completed: a prefix of stages. */
  completed: string[];
  /** The first stage not completed ("" when all are). */
  current: string;
  /** The stage after current ("" when none). */
  next: string;
  missing: Missing[];
}

/** Indicators at a date (package ipw: scenarios). */
export interface Indicators {
  ipw: {
    total: number;
    draft: number;
    agreed: number;
    inProgress: number;
    suspended: number;
    closed: number;
    succeeded: number;
  };
  /** succeeded / closed; null when none closed. */
  successRate: number | null;
  meanClosedDurationDays: number | null;
  actions: { total: number; done: number; doneOnTime: number };
  /** doneOnTime / done; null when none done. */
  onTimeRate: number | null;
  pzk: { institutions: number; sectors: number };
  /** Open actions per institution and month; capacity: the places its services of the basket offer in a month (absent when none has a limit). */
  workload: { institution: string; month: string; open: number; capacity?: number }[];
  serviceUse: { service: string; month: string; used: number; capacity: number | null }[];
}

/**
 * A count of the families' matters in a monitoring record: the number, or
 * withheld because it is below the disclosure threshold ({fewerThan: 3}),
 * or withheld to protect another count or, for a sum of months, the few
 * actions behind it ({withheld: true}).
 */
export type Count = number | { fewerThan: number } | { withheld: true };

/** The monitoring record (rekord monitoringu): what leaves the gmina for its region (package ipw/monitor; schema "monitor"). */
export interface MonitoringRecord {
  schemaVersion: string;
  municipality: { teryt: string; name: string; variant: string; population?: number };
  asOf: string;
  period: { from: string; to: string };
  disclosureThreshold: number;
  stages: { completed: string[]; current?: string; recorded: { stage: string; started?: string; completed?: string }[] };
  pzk: { formed?: string; workingMonths: number; institutions: number; sectors: string[]; meetings: number };
  agreements: { inForce: number; parties: number };
  ipw: {
    total: Count;
    byStatus: { draft: Count; agreed: Count; inProgress: Count; suspended: Count; closed: Count };
    byOutcome: { reason: string; count: Count }[];
    opened: Count;
    closed: Count;
    suspensions: Count;
    durations: {
      closed: { count: Count; meanDays: number | null; medianDays: number | null };
      open: { count: Count; meanDays: number | null; medianDays: number | null };
      histogram: { fromMonths: number; toMonths?: number; count: Count }[];
    };
    reviews: { total: Count; onTime: Count };
  };
  /** By the kind of the owning institution, "family" for the family's own commitments (last). */
  actions: { kind: string; total: Count; done: Count; onTime: Count; late: Count; openMonths: Count }[];
  capacity: { kind: string; services: number; placeMonths: number | null; usedMonths: Count }[];
}

/** One part of the preview of a monitoring record: every figure as a person reads it. */
export interface PreviewSection {
  title: string;
  /** field: the JSON Pointer of what the row shows in the record (not for people). */
  rows: { label: string; value: string; field: string }[];
}

/** A sum of counts in the regional report: exact when withheldCells is 0, else between low and high (high null: no upper bound known). */
export interface Sum { low: number; high: number | null; withheldCells: number }
/** A ratio in the regional report: value when every count behind it was stated, else bounded by low and high; all null when there is nothing to divide. */
export interface Rate { value: number | null; low: number | null; high: number | null; withheldCells: number }

/** One municipality's row of the regional report (package ipw/region). */
export interface RegionalMunicipality {
  teryt: string; name: string; variant: string; powiat: string; voivodeship: string;
  population: number | null; asOf: string;
  /** Where the record was read: the element's source, or records[i]. */
  source: string;
  stage: string; stagesCompleted: number; stagesTotal: number;
  pzk: { institutions: number; sectors: number; months: number | null; meetings: number };
  agreements: number;
  ipws: Sum; closed: Sum; succeeded: Sum; successRate: Rate;
  actionsDone: Sum; actionsOnTime: Sum; onTimeRate: Rate;
  meanClosedDays: number | null; reviewsOnTimeRate: Rate;
}

/**
 * The regional report of many monitoring records (package ipw/region):
 * the pilot's reference figures, a row per municipality, and the totals of
 * the region, by variant, voivodeship and powiat (their figures as
 * "kooperacja region --format json" writes them; see go doc ./ipw/region).
 */
export interface RegionalReport {
  reference: { succeeded: number; closed: number; successRate: number; pzkMonths: number; partners: number; ipwMonthsMin: number; ipwMonthsMax: number; voivodeships: number };
  municipalities: RegionalMunicipality[];
  total: Record<string, unknown> & { municipalities: number };
  variants: (Record<string, unknown> & { code: string; municipalities: number })[];
  voivodeships: (Record<string, unknown> & { code: string; name?: string; municipalities: number })[];
  powiats: (Record<string, unknown> & { code: string; municipalities: number })[];
}

/**
 * What region takes: a file of records as read ({source, text}: one
 * record, or newline-delimited JSON when source ends in .ndjson or .jsonl),
 * a record as an object with its source ({source, record}), or a record
 * itself (named by its place, "records[2]").
 */
export type RecordInput = { source?: string; text: string } | { source?: string; record: object } | MonitoringRecord;

/** A scenario event; which fields it has depends on its type. */
export interface Event {
  date: string;
  type: string;
  ipw?: string;
  action?: string;
  institution?: string;
  agreement?: string;
  decision?: string;
  newEnd?: string;
  reason?: string;
  goalOutcomes?: Record<string, string>;
  document?: object;
}

/** One date of a simulation's timeline. */
export interface Step {
  date: string;
  /** The scenario's events applied on the date. */
  events: Event[];
  /** Events the on_time assumption added on the date. */
  assumed?: Event[];
  /** Findings present on the date and not on the previous step's date. */
  appeared: Finding[];
  /** Findings present on the previous step's date and not on this one. */
  resolved: Finding[];
}

/** The result of simulate, as `kooperacja simulate` prints it. */
export interface Simulation {
  asOf: string;
  horizon: string;
  assume: string;
  /** Problems of the scenario itself, with paths into the scenario document. */
  scenario: Finding[];
  /** The bundle's findings at asOf, before any event. */
  initial: Finding[];
  timeline: Step[];
  /** Indicators and findings at the horizon. */
  indicators: Indicators;
  findings: Finding[];
  /** The bundle at the horizon. */
  final: object;
}

/** An item of a bundle, or a part of one, as a difference names it. */
export interface ItemRef {
  /** "bundle", "municipality", "profile", "institution", "service", "team", "agreement", "ipw", "stage", "extensions"; for parts "member", "meeting", "signature", "annex", "withdrawal", "householdMember", "area", "goal", "deferredArea", "action", "review", "suspension", "ipwSignature". */
  kind: string;
  /** Its id, or what identifies it in its list (an institution, a date, an area). */
  id?: string;
  /** Its name for people: an institution's or a team's name, an agreement's title, an IPW's pseudonym, a goal's or an action's title. */
  name?: string;
}

/** One difference between two versions of a bundle, in the model's words. */
export interface Change {
  op: "added" | "removed" | "changed" | "reordered";
  /** The item concerned; kind "bundle" for the bundle's own fields and the order of its lists. */
  item: ItemRef;
  /** From the item down to the part concerned (an annex, then a signature under it). */
  parts?: ItemRef[];
  /** The field, its JSON name below the last part ("due", "period/end"); absent when a whole item or part was added or removed. */
  field?: string;
  /** Where, as an RFC 6901 JSON Pointer into the newer bundle (into the older one for what was removed with its item or part). */
  path: string;
  /** The JSON value before: a field's value, a whole item or part removed, the ids in their order for a reordered list. Absent where there was nothing. */
  old?: unknown;
  /** The JSON value after. */
  new?: unknown;
  messagePl: string;
  messageEn: string;
  /** The message in options.lang. */
  message: string;
}

/** The result of diff, as `kooperacja diff --format json` prints it. */
export interface Differences {
  /** True when the bundles do not differ (key order and whitespace are no differences). */
  equal: boolean;
  /** In the bundle's order of sections and items. */
  changes: Change[];
}

/** One rule of the catalogue, in the language asked for. */
export interface Rule {
  code: string;
  severity: Severity;
  /** Whether the rule depends on the check date. */
  asOf: boolean;
  description: string;
  message: string;
}

/** Set name → value → label. */
export type Glossary = Record<string, Record<string, string>>;

export interface Version {
  /** The module's version: a release, a pseudo-version, or "(devel)". */
  version: string;
  /** The Go toolchain it was built with. */
  go: string;
  /** The rule catalogue: the number of rules and a fingerprint of their codes and severities, e.g. "100-3f2a9c1e". */
  catalogue: string;
}

export type SchemaName = "bundle" | "profile" | "scenario" | "monitor";

/** A kind of document of the model. */
export type DocumentKind = "agreement" | "annex" | "withdrawal" | "declaration" | "team" | "consent" | "diagnosis" | "ipw" | "review" | "closure";

/** Which document to make, and how. */
export interface DocumentRequest {
  kind: DocumentKind;
  /** The document's id, as documents() lists it. */
  id: string;
  /** "html" (default): a print-ready page; "docx" or "odt": an editable file. */
  format?: "html" | "docx" | "odt";
  /** Make it even when its data have errors, marked PROJEKT on every page. */
  draft?: boolean;
  /** The day printed as the day it was made (YYYY-MM-DD); default today in Europe/Warsaw. */
  generated?: string;
  /** The previous version of the bundle: a review record tells what changed since. */
  previous?: Document;
  /** The document's language; the same as options.lang. */
  lang?: Lang;
}

/** One document a bundle has the data for. */
export interface DocumentRef {
  kind: DocumentKind;
  id: string;
  title: string;
  /** JSON Pointer of the item it is made from, e.g. /ipws/0/reviews/2. */
  path: string;
  /** The errors that refuse it (it can still be made as a draft). */
  findings?: Finding[];
}

/** A document as a file: an HTML page in text, a DOCX or ODT file in base64. */
export interface DocumentFile extends DocumentRef {
  format: "html" | "docx" | "odt";
  /** A file name made of its kind and id, e.g. "consent-ipw-2026-01.docx". */
  fileName: string;
  mediaType: string;
  draft: boolean;
  /** The HTML page (format "html"). */
  text?: string;
  /** The DOCX or ODT file, base64-encoded (format "docx", "odt"). */
  base64?: string;
}

export interface Kooperacja {
  /** Checks a bundle against the schema and every rule of the model. */
  validate(bundle: Document, options?: Options | string): Result<Validation>;
  /** Replays a scenario over a bundle up to its horizon. */
  simulate(bundle: Document, scenario: Document, options?: Options | string): Result<Simulation>;
  /** Derives the implementation stage and what the next one lacks. */
  stage(bundle: Document, options?: Options | string): Result<StageReport>;
  /** The indicators at asOf. */
  report(bundle: Document, options?: Options | string): Result<Indicators>;
  /**
   * The monitoring record of the bundle at asOf over options.period, with no
   * personal data, and its preview in options.lang: exactly what leaves the
   * gmina. A period that ends after the date, or starts after it ends, is an
   * error. Asynchronous, as document: it is in the second module
   * (kooperacja-documents.wasm).
   */
  monitor(bundle: Document, options?: Options | string): Promise<Result<{ record: MonitoringRecord; preview: PreviewSection[] }>>;
  /**
   * The regional report of many municipalities' monitoring records: each
   * checked against the record's schema (one that does not conform, or a
   * second record of a municipality, is a problem naming its source; the
   * others count), aggregated as "kooperacja region" does; beside it the
   * report as the command's self-contained HTML page (in options.lang) and
   * its CSV. records is an array (or its JSON text). Only options.lang
   * counts. Asynchronous, as document: it is in the second module
   * (kooperacja-documents.wasm).
   */
  region(records: RecordInput[] | string, options?: Options | string): Promise<Result<{
    report: RegionalReport;
    problems: { source: string; message: string; findings?: Finding[] }[];
    html: string;
    csv: string;
  }>>;
  /**
   * What changed from the older version of a bundle to the newer one, in the
   * model's words. Each bundle must pass the JSON and schema layers (findings
   * of the rules do not stop it); only options.lang counts. Asynchronous,
   * as document: it is in the second module (kooperacja-documents.wasm).
   */
  diff(older: Document, newer: Document, options?: Options | string): Promise<Result<Differences>>;
  /** A JSON Schema (draft 2020-12) as an object. */
  schema(name: SchemaName): Result<object>;
  /** The rule catalogue, sorted by code. Default language: "pl". */
  rules(lang?: Lang): Result<Rule[]>;
  /**
   * The glossary: for each closed set ("kind", "sector", "stage", …, and
   * "field" for the documents' properties), each value's label. Default
   * language: "pl".
   */
  labels(lang?: Lang): Result<Glossary>;
  version(): Result<Version>;
  /**
   * Checks a bundle as validate does and keeps it open for edits: the
   * answer names the session (empty when the document cannot be edited:
   * not JSON, not an object, another version).
   */
  open(bundle: Document, options?: Options | string): Result<{ session: string; validation: Validation }>;
  /**
   * Applies a change, a JSON Patch (RFC 6902: add, remove, replace), to an
   * open bundle and checks again only what it can change; the validation is
   * validate's of the bundle as it stands. A patch that does not apply
   * closes the session: open the bundle again.
   */
  edit(session: string, patch: { op: "add" | "remove" | "replace"; path: string; value?: unknown }[] | string): Result<Validation>;
  /** Forgets an open bundle. */
  release(session: string): Result<object>;
  /**
   * A document of the model (agreement, annex, withdrawal, declaration,
   * team, consent, diagnosis, IPW, review, closure) as a file. Refused, with
   * the findings, when its data have errors, unless request.draft.
   * Asynchronous: the documents are in the second module
   * (kooperacja-documents.wasm), loaded at the first call of document or
   * documents; a module that cannot be loaded is an error answer too.
   */
  document(bundle: Document, request: DocumentRequest | string, options?: Options | string): Promise<Result<DocumentFile>>;
  /** Every document the bundle has the data for. Asynchronous, as document. */
  documents(bundle: Document, options?: Options | string): Promise<Result<{ documents: DocumentRef[] }>>;
  /** The variant a gmina's TERYT code and population suggest, or what to do when they cannot tell. */
  variant(municipality: { teryt: string; population?: number | null }, options?: Options | string): Result<VariantSuggestion>;
  /**
   * A new element of the list at the JSON Pointer at ("/ipws/0/actions"), or
   * the start of an IPW's section ("/ipws/0/consent"), prefilled as the
   * variant and the bundle require, with a fresh id and nothing invented.
   * what: "declaration" at "/agreements" for a declaration of accession.
   */
  newItem(bundle: Document, at: string, what?: string | null, options?: Options | string): Result<object>;
  /** The date evaluated at, and each IPW's derived status and planned end, in bundle order. */
  plans(bundle: Document, options?: Options | string): Result<{ day: string; plans: PlanFacts[] }>;
  /** The profile editor's settings and rule severities, with the variant's defaults. */
  profile(bundle: Document, options?: Options | string): Result<ProfileView>;
  /**
   * Dates, months and numbers written for people in options.lang, as the
   * messages write them: {date: "2026-11-16"} → "16.11.2026 r.", {month},
   * {int}, {decimal, digits}, {percent, digits}.
   */
  format(values: FormValue[], options?: Options | string): Result<string[]>;
  /**
   * An identifier typed into the field at (a JSON Pointer) written as the
   * bundle wants it: a REGON, NIP or PESEL as bare digits ("PL 526-104-08-28"
   * → "5261040828"); a value that is not one, or a field that holds none,
   * as typed.
   */
  normalize(at: string, value: string): Result<{ value: string; changed: boolean; kind?: "regon" | "nip" | "pesel" }>;
  /** What a partner's leaving on date puts at risk. */
  partnerLeaves(bundle: Document, institution: string, date: string, options?: Options | string): Result<PartnerLeaves>;
}

export type FormValue =
  | { date: string }
  | { month: string }
  | { int: number }
  | { decimal: number; digits?: number }
  | { percent: number; digits?: number };

export interface VariantSuggestion {
  /** The variant that fits; absent when the code and population cannot tell. */
  variant?: string;
  /** Why not, and what to do. */
  message?: string;
}

export interface PlanFacts {
  id: string;
  status: string;
  /** period.end moved by valid extensions; "" when the IPW has no end yet. */
  plannedEnd: string;
}

export interface ProfileSetting {
  /** "team.minInstitutions" */
  key: string;
  kind: "count" | "days" | "months" | "switch" | "teamKind";
  min?: number;
  max?: number;
  label: string;
  /** What the value changes. */
  help: string;
  /** The variant's built-in value. */
  default: number | boolean | string;
  /** The value in force. */
  value: number | boolean | string;
}

export interface ProfileView {
  variant: string;
  settings: ProfileSetting[];
  severities: { code: string; description: string; default: Severity | "off"; value: Severity | "off" }[];
}

export interface PartnerLeaves {
  /** The leaving institution's name. */
  institution: string;
  date: string;
  horizon: string;
  notices: { agreement: string; title: string; days: number; fromAgreement: boolean; effective: string; text: string }[];
  /** Each action put at risk once, with the findings that appear for it. */
  affected: { path: string; place: Place; reasons: (Finding & { date: string })[] }[];
  appeared: (Finding & { date: string })[];
  scenario: Finding[];
}

export interface LoadOptions {
  /**
   * The WebAssembly module: a URL, a file path (Node), its bytes, a compiled
   * WebAssembly.Module or a fetch Response. Default: kooperacja.wasm beside
   * kooperacja.mjs.
   */
  wasm?: string | URL | BufferSource | WebAssembly.Module | globalThis.Response;
  /**
   * The other modules, by name, given alike: documents (document,
   * documents, diff, monitor, region). Default: kooperacja-documents.wasm beside kooperacja.mjs.
   */
  modules?: { documents?: string | URL | BufferSource | WebAssembly.Module | globalThis.Response };
}

/** Loads and starts the module once; later calls return the same object. */
export function load(options?: LoadOptions): Promise<Kooperacja>;
