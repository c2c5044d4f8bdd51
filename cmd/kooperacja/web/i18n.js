// Words of the planner's interface in Polish (default) and English. Finding
// messages do not live here: they come from the library's rule catalogue.

import { work } from './words-work.js';

const ui = {
  pl: {
    title: 'Planer IPW — model kooperacji',
    lang: 'English',
    langLabel: 'Zmień język na angielski',
    loading: 'Wczytywanie biblioteki…',
    loadFailed: 'Nie udało się wczytać modułu WebAssembly: ',
    views: 'Widoki',
    v_start: 'Start', v_institutions: 'Instytucje i usługi', v_teams: 'Zespoły', v_agreements: 'Porozumienia',
    v_ipw: 'IPW', v_stage: 'Etap wdrażania', v_timeline: 'Harmonogram', v_whatif: 'Co jeśli', v_indicators: 'Wskaźniki', v_print: 'Wydruk IPW',
    findings: 'Uwagi', noFindings: 'Brak uwag: pakiet jest poprawny.', validNoErrors: 'Pakiet jest poprawny (brak błędów).',
    summary: (e, w, i) => `Błędy: ${e}, ostrzeżenia: ${w}, informacje: ${i}`,
    checkedIn: (ms) => `Sprawdzono w ${ms} ms`,
    sev_error: 'błąd', sev_warning: 'ostrzeżenie', sev_info: 'informacja',
    startTitle: 'Zacznij pracę', newBundle: 'Nowy pakiet', teryt: 'Kod TERYT gminy (7 cyfr)', municipalityName: 'Nazwa gminy',
    population: 'Liczba mieszkańców', suggested: 'Sugerowany wariant', create: 'Utwórz nowy pakiet',
    confirmReplace: 'Zastąpić bieżącą pracę nowym pakietem? Bieżąca praca nie jest zapisana w pliku.',
    openFile: 'Otwórz plik JSON', restore: 'Przywróć zapisaną pracę', restored: 'Przywrócono pracę zapisaną w przeglądarce.',
    exportFile: 'Zapisz do pliku JSON', imported: (n) => `Wczytano plik ${n}.`,
    importBroken: (n) => `Pliku ${n} nie da się wczytać jako pakietu. Bieżąca praca pozostała bez zmian. Uwagi do pliku:`,
    currentBundle: 'Bieżący pakiet', variant: 'Wariant modelu', asOf: 'Data oceny (asOf; puste = dziś)',
    noBundle: 'Nie ma jeszcze pakietu: utwórz nowy albo otwórz plik.',
    institutions: 'Instytucje (podmioty)', institution: 'Instytucja', services: 'Koszyk usług', service: 'Usługa',
    id: 'Identyfikator', name: 'Nazwa', kind: 'Rodzaj', level: 'Szczebel', sector: 'Sektor', regon: 'REGON', nip: 'NIP',
    provider: 'Realizator', monthlyCapacity: 'Miesięczna liczba miejsc',
    add: 'Dodaj', remove: 'Usuń', none: '— brak —',
    teams: 'Zespoły', team: 'Zespół', formed: 'Data powołania', parentTeam: 'Zespół nadrzędny (PZK)',
    members: 'Członkowie', member: 'Członek', representative: 'Przedstawiciel (imię i nazwisko)', roles: 'Role', joined: 'Dołączył', left: 'Odszedł',
    meetings: 'Spotkania', meeting: 'Spotkanie', date: 'Data', attendees: 'Obecni', notes: 'Notatki',
    agreements: 'Porozumienia', agreement: 'Porozumienie', agreementTitle: 'Tytuł', scope: 'Zakres współpracy', parties: 'Strony',
    signatures: 'Podpisy', signature: 'Podpis', party: 'Strona', signatory: 'Podpisujący', function: 'Funkcja',
    effectiveFrom: 'Obowiązuje od', validUntil: 'Obowiązuje do', noticePeriodDays: 'Okres wypowiedzenia (dni)', declTeam: 'Zespół (deklaracja przystąpienia)',
    annexes: 'Aneksy', annex: 'Aneks', addParties: 'Dodaje strony', removeParties: 'Usuwa strony',
    withdrawals: 'Wypowiedzenia', withdrawal: 'Wypowiedzenie', noticeDate: 'Data wypowiedzenia', effectiveDate: 'Data skutku',
    ipws: 'Indywidualne Programy Współpracy', ipw: 'IPW', chooseIpw: 'Wybierz IPW', newIpw: 'Dodaj IPW', removeIpw: 'Usuń to IPW',
    confirmRemove: 'Usunąć ten element?', noIpw: 'Nie ma jeszcze żadnego IPW.',
    caseWorker: 'Pracownik socjalny', cwInstitution: 'Instytucja pracownika', cwName: 'Imię i nazwisko pracownika',
    beneficiary: 'Odbiorca', pseudonym: 'Pseudonim', household: 'Członkowie gospodarstwa domowego', hmember: 'Osoba',
    role: 'Rola w rodzinie', birthYear: 'Rok urodzenia', pesel: 'PESEL (niewymagany)',
    qualification: 'Kwalifikacja', referredBy: 'Skierowanie od', reasons: 'Przesłanki',
    consent: 'Zgoda', givenBy: 'Zgody udzielili', consentScope: 'Zakres: instytucje, którym wolno przekazać dane', withdrawn: 'Data wycofania zgody',
    diagnosis: 'Diagnoza', methods: 'Metody', areas: 'Obszary', area: 'Obszar', problem: 'Obszar problemowy',
    causes: 'Przyczyny', strengths: 'Mocne strony', weaknesses: 'Słabe strony', resources: 'Zasoby', deficits: 'Deficyty',
    expectations: 'Oczekiwania', needs: 'Potrzeby',
    period: 'Okres realizacji', start: 'Początek', end: 'Koniec', due: 'Termin',
    goals: 'Cele', goal: 'Cel', goalTitle: 'Tytuł celu', measure: 'Miernik', target: 'Wartość docelowa', targetDate: 'Termin osiągnięcia', outcome: 'Stopień realizacji',
    deferredAreas: 'Obszary odroczone', deferred: 'Obszar odroczony', reason: 'Powód',
    actions: 'Działania', action: 'Działanie', actionTitle: 'Tytuł działania', responsible: 'Odpowiedzialny', status: 'Status', completed: 'Data zakończenia',
    family: 'Rodzina', reviews: 'Monitoring (przeglądy)', review: 'Przegląd', participants: 'Uczestnicy', decision: 'Decyzja', newEnd: 'Nowy termin końca',
    suspensions: 'Zawieszenia', suspension: 'Zawieszenie', from: 'Od', to: 'Do',
    ipwSignatures: 'Podpisy IPW', signer: 'Podpisujący', signerName: 'Imię i nazwisko podpisującego',
    closure: 'Zakończenie', summaryText: 'Ocena końcowa', goalOutcomes: 'Realizacja celów', storedStatus: 'Zapisany status (opcjonalny)',
    stageTitle: 'Etap wdrażania modelu', stageCurrent: 'Bieżący etap', stageNext: 'Następny etap', stageMissing: 'Do zrobienia, by ukończyć bieżący etap',
    stageDone: 'ukończony', stageNow: 'bieżący', stageAllDone: 'Wszystkie etapy ukończone.', stageRecords: 'Zapisane etapy', stageRecord: 'Etap', stageName: 'Etap',
    started: 'Rozpoczęty', completedOn: 'Ukończony', evidence: 'Dowody (dokumenty)',
    timelineTitle: 'Harmonogram IPW', today: 'dziś', plannedEnd: 'planowany koniec', overdue: 'po terminie', noDates: 'IPW nie ma jeszcze okresu realizacji.',
    whatifTitle: 'Co jeśli partner odejdzie?', whatifInst: 'Partner, który odchodzi', whatifDate: 'Od dnia', run: 'Sprawdź',
    whatifLost: 'Działania, które tracą właściciela lub pokrycie porozumieniem', whatifNone: 'Żadne działanie nie traci właściciela ani pokrycia.',
    whatifAll: 'Wszystkie nowe uwagi w symulacji', whatifHint: 'Symulacja nie zmienia Twojego pakietu.',
    indicatorsTitle: 'Wskaźniki pakietu', printTitle: 'Indywidualny Program Współpracy', print: 'Drukuj',
    printHint: 'Wydruk na A4 z miejscami na podpisy: IPW podpisuje się na papierze.',
    sigLine: 'podpis', sigDate: 'data', municipality: 'Gmina', yes: 'tak', no: 'nie',
    unavailable: 'Niedostępne: ', notReadable: 'Pakietu nie da się jeszcze odczytać — popraw najpierw uwagi.',
    error: 'Błąd: ',
    ind_ipw: 'Programy IPW', ind_total: 'razem', ind_draft: 'projekty', ind_agreed: 'uzgodnione', ind_inProgress: 'w realizacji',
    ind_suspended: 'zawieszone', ind_closed: 'zakończone', ind_succeeded: 'zakończone osiągnięciem celów',
    ind_successRate: 'Odsetek zakończonych sukcesem', ind_meanClosedDurationDays: 'Średni czas trwania zakończonych IPW (dni)',
    ind_actions: 'Działania', ind_done: 'wykonane', ind_doneOnTime: 'wykonane w terminie', ind_onTimeRate: 'Odsetek wykonanych w terminie',
    ind_pzk: 'PZK', ind_institutions: 'instytucje', ind_sectors: 'sektory (bez samorządu)',
    ind_workload: 'Obciążenie instytucji (otwarte działania w miesiącu)', ind_institution: 'instytucja', ind_month: 'miesiąc', ind_open: 'otwarte działania',
    ind_serviceUse: 'Wykorzystanie usług z koszyka', ind_service: 'usługa', ind_used: 'wykorzystanie', ind_capacity: 'pojemność',
  },
  en: {
    title: 'IPW planner — cooperation model',
    lang: 'Polski',
    langLabel: 'Switch language to Polish',
    loading: 'Loading the library…',
    loadFailed: 'Could not load the WebAssembly module: ',
    views: 'Views',
    v_start: 'Start', v_institutions: 'Institutions and services', v_teams: 'Teams', v_agreements: 'Agreements',
    v_ipw: 'IPW', v_stage: 'Stage', v_timeline: 'Timeline', v_whatif: 'What if', v_indicators: 'Indicators', v_print: 'Print IPW',
    findings: 'Findings', noFindings: 'No findings: the bundle is valid.', validNoErrors: 'The bundle is valid (no errors).',
    summary: (e, w, i) => `Errors: ${e}, warnings: ${w}, info: ${i}`,
    checkedIn: (ms) => `Checked in ${ms} ms`,
    sev_error: 'error', sev_warning: 'warning', sev_info: 'info',
    startTitle: 'Get started', newBundle: 'New bundle', teryt: 'Municipality TERYT code (7 digits)', municipalityName: 'Municipality name',
    population: 'Population', suggested: 'Suggested variant', create: 'Create a new bundle',
    confirmReplace: 'Replace the current work with a new bundle? The current work is not saved to a file.',
    openFile: 'Open a JSON file', restore: 'Restore saved work', restored: 'Restored the work saved in this browser.',
    exportFile: 'Save to a JSON file', imported: (n) => `Opened ${n}.`,
    importBroken: (n) => `${n} cannot be read as a bundle. Your current work is unchanged. Findings for the file:`,
    currentBundle: 'Current bundle', variant: 'Model variant', asOf: 'Evaluation date (asOf; empty = today)',
    noBundle: 'No bundle yet: create one or open a file.',
    institutions: 'Institutions', institution: 'Institution', services: 'Basket of services', service: 'Service',
    id: 'Identifier', name: 'Name', kind: 'Kind', level: 'Level', sector: 'Sector', regon: 'REGON', nip: 'NIP',
    provider: 'Provider', monthlyCapacity: 'Monthly capacity',
    add: 'Add', remove: 'Remove', none: '— none —',
    teams: 'Teams', team: 'Team', formed: 'Formed on', parentTeam: 'Parent team (PZK)',
    members: 'Members', member: 'Member', representative: 'Representative (full name)', roles: 'Roles', joined: 'Joined', left: 'Left',
    meetings: 'Meetings', meeting: 'Meeting', date: 'Date', attendees: 'Attendees', notes: 'Notes',
    agreements: 'Agreements', agreement: 'Agreement', agreementTitle: 'Title', scope: 'Scope of cooperation', parties: 'Parties',
    signatures: 'Signatures', signature: 'Signature', party: 'Party', signatory: 'Signatory', function: 'Function',
    effectiveFrom: 'Effective from', validUntil: 'Valid until', noticePeriodDays: 'Notice period (days)', declTeam: 'Team (accession declaration)',
    annexes: 'Annexes', annex: 'Annex', addParties: 'Adds parties', removeParties: 'Removes parties',
    withdrawals: 'Withdrawals', withdrawal: 'Withdrawal', noticeDate: 'Notice date', effectiveDate: 'Effective date',
    ipws: 'Individual cooperation programmes', ipw: 'IPW', chooseIpw: 'Choose an IPW', newIpw: 'Add an IPW', removeIpw: 'Remove this IPW',
    confirmRemove: 'Remove this item?', noIpw: 'There is no IPW yet.',
    caseWorker: 'Case worker', cwInstitution: 'Case worker\'s institution', cwName: 'Case worker\'s name',
    beneficiary: 'Beneficiary', pseudonym: 'Pseudonym', household: 'Household members', hmember: 'Person',
    role: 'Role in the family', birthYear: 'Year of birth', pesel: 'PESEL (not required)',
    qualification: 'Qualification', referredBy: 'Referred by', reasons: 'Reasons',
    consent: 'Consent', givenBy: 'Given by', consentScope: 'Scope: institutions that may receive the data', withdrawn: 'Consent withdrawn on',
    diagnosis: 'Diagnosis', methods: 'Methods', areas: 'Areas', area: 'Area', problem: 'Problem area',
    causes: 'Causes', strengths: 'Strengths', weaknesses: 'Weaknesses', resources: 'Resources', deficits: 'Deficits',
    expectations: 'Expectations', needs: 'Needs',
    period: 'Period', start: 'Start', end: 'End', due: 'Due',
    goals: 'Goals', goal: 'Goal', goalTitle: 'Goal title', measure: 'Measure', target: 'Target', targetDate: 'Target date', outcome: 'Outcome',
    deferredAreas: 'Deferred areas', deferred: 'Deferred area', reason: 'Reason',
    actions: 'Actions', action: 'Action', actionTitle: 'Action title', responsible: 'Responsible', status: 'Status', completed: 'Completed on',
    family: 'Family', reviews: 'Reviews (monitoring)', review: 'Review', participants: 'Participants', decision: 'Decision', newEnd: 'New end',
    suspensions: 'Suspensions', suspension: 'Suspension', from: 'From', to: 'To',
    ipwSignatures: 'IPW signatures', signer: 'Signer', signerName: 'Name of the person signing',
    closure: 'Closure', summaryText: 'Closing evaluation', goalOutcomes: 'Goal outcomes', storedStatus: 'Stored status (optional)',
    stageTitle: 'Implementation stage', stageCurrent: 'Current stage', stageNext: 'Next stage', stageMissing: 'To do to complete the current stage',
    stageDone: 'completed', stageNow: 'current', stageAllDone: 'All stages completed.', stageRecords: 'Recorded stages', stageRecord: 'Stage', stageName: 'Stage',
    started: 'Started', completedOn: 'Completed', evidence: 'Evidence (documents)',
    timelineTitle: 'IPW timeline', today: 'today', plannedEnd: 'planned end', overdue: 'overdue', noDates: 'The IPW has no period yet.',
    whatifTitle: 'What if a partner leaves?', whatifInst: 'Partner who leaves', whatifDate: 'From', run: 'Check',
    whatifLost: 'Actions that lose their owner or agreement coverage', whatifNone: 'No action loses its owner or coverage.',
    whatifAll: 'All new findings in the simulation', whatifHint: 'The simulation does not change your bundle.',
    indicatorsTitle: 'Indicators of the bundle', printTitle: 'Individual Cooperation Programme', print: 'Print',
    printHint: 'A4 printout with signature lines: IPWs are signed on paper.',
    sigLine: 'signature', sigDate: 'date', municipality: 'Municipality', yes: 'yes', no: 'no',
    unavailable: 'Unavailable: ', notReadable: 'The bundle cannot be read yet — fix the findings first.',
    error: 'Error: ',
    ind_ipw: 'IPWs', ind_total: 'total', ind_draft: 'drafts', ind_agreed: 'agreed', ind_inProgress: 'in progress',
    ind_suspended: 'suspended', ind_closed: 'closed', ind_succeeded: 'closed with goals achieved',
    ind_successRate: 'Success rate', ind_meanClosedDurationDays: 'Mean duration of closed IPWs (days)',
    ind_actions: 'Actions', ind_done: 'done', ind_doneOnTime: 'done on time', ind_onTimeRate: 'On-time rate',
    ind_pzk: 'PZK', ind_institutions: 'institutions', ind_sectors: 'sectors (local government excluded)',
    ind_workload: 'Workload (open actions per institution and month)', ind_institution: 'institution', ind_month: 'month', ind_open: 'open actions',
    ind_serviceUse: 'Use of basket services', ind_service: 'service', ind_used: 'used', ind_capacity: 'capacity',
  },
};
Object.assign(ui.pl, work.pl);
Object.assign(ui.en, work.en);

// Labels of the closed sets of the schema (the values themselves come from
// the schema the library ships).
const enums = {
  pl: {
    variant: { rural: 'gmina wiejska (PZK, animatorzy)', urban_rural: 'gmina miejsko-wiejska (PZK + GGK)', urban: 'gmina miejska pow. 20 tys. (PZK + ZZK)' },
    institutionKind: {
      gmina: 'gmina', powiat: 'powiat', voivodeship: 'samorząd województwa', ops: 'OPS / GOPS / MOPS', cus: 'centrum usług społecznych',
      pcpr: 'PCPR', rops: 'ROPS', oik: 'ośrodek interwencji kryzysowej', dps: 'dom pomocy społecznej', sds: 'środowiskowy dom samopomocy',
      wtz: 'warsztat terapii zajęciowej', zi: 'zespół interdyscyplinarny', gkrpa: 'GKRPA', pup: 'powiatowy urząd pracy', wup: 'wojewódzki urząd pracy',
      school: 'szkoła', kindergarten: 'przedszkole', ppp: 'poradnia psychologiczno-pedagogiczna', kuratorium: 'kuratorium oświaty',
      health_care: 'ochrona zdrowia', police: 'policja', municipal_police: 'straż gminna/miejska', court: 'sąd', probation: 'kuratorzy sądowi',
      prison: 'zakład karny', ngo: 'organizacja pozarządowa', church: 'parafia / związek wyznaniowy', culture: 'kultura', sport: 'sport',
      housing: 'gospodarka mieszkaniowa', zus: 'ZUS', pfron: 'PFRON', other: 'inny',
    },
    level: { gmina: 'gmina', powiat: 'powiat', voivodeship: 'województwo', national: 'krajowy' },
    sector: {
      local_government: 'samorząd', social_assistance: 'pomoc społeczna', health: 'zdrowie', labour: 'rynek pracy', education: 'edukacja',
      public_safety: 'bezpieczeństwo', justice: 'wymiar sprawiedliwości', civil_society: 'społeczeństwo obywatelskie', culture_sport: 'kultura i sport',
      housing: 'mieszkalnictwo', social_insurance: 'ubezpieczenia społeczne',
    },
    teamKind: { pzk: 'PZK — Partnerski Zespół Kooperacji', wzk: 'WZK — Wojewódzki Zespół Kooperacji', ggk: 'GGK — Gminna Grupa Kooperacyjna', zzk: 'ZZK — Zadaniowy Zespół Kooperacyjny' },
    role: { leader: 'lider', gmina_animator: 'animator gminny', powiat_animator: 'animator powiatowy', coordinator: 'koordynator GGK', case_worker: 'pracownik socjalny', network_officer: 'pracownik ds. sieci', member: 'członek' },
    agreementKind: { pilot: 'umowa pilotażowa', local_cooperation: 'porozumienie o współpracy', accession_declaration: 'deklaracja przystąpienia', voivodeship_team: 'porozumienie WZK' },
    beneficiaryKind: { person: 'osoba', family: 'rodzina' },
    memberRole: { applicant: 'wnioskodawca', spouse: 'małżonek', partner: 'partner', child: 'dziecko', parent: 'rodzic', sibling: 'rodzeństwo', other: 'inna' },
    qualificationReason: { multiple_problems: 'wiele problemów', own_means_exhausted: 'wyczerpane własne możliwości', crisis: 'kryzys', other: 'inna' },
    diagnosisMethod: { genogram: 'genogram', psr: 'PSR (podejście skoncentrowane na rozwiązaniach)', diagnostic_workshop: 'warsztat diagnostyczny', interview: 'wywiad', other: 'inna' },
    diagnosisArea: {
      income: 'dochód', employment: 'zatrudnienie', housing: 'mieszkanie', health: 'zdrowie', disability: 'niepełnosprawność', addiction: 'uzależnienia',
      domestic_violence: 'przemoc domowa', parenting: 'rodzicielstwo', education: 'edukacja', family_relations: 'relacje rodzinne', legal: 'sprawy prawne',
      social_participation: 'uczestnictwo społeczne', other: 'inne',
    },
    goalOutcome: { achieved: 'osiągnięty', partially_achieved: 'częściowo osiągnięty', not_achieved: 'nieosiągnięty' },
    actionStatus: { planned: 'zaplanowane', in_progress: 'w toku', done: 'wykonane', not_done: 'niewykonane', cancelled: 'anulowane' },
    reviewDecision: { continue: 'kontynuacja', modify: 'modyfikacja', extend: 'przedłużenie', suspend: 'zawieszenie', close: 'zakończenie' },
    closureReason: {
      goals_achieved: 'cele osiągnięte', goals_partially_achieved: 'cele częściowo osiągnięte', beneficiary_resigned: 'rezygnacja odbiorcy',
      consent_withdrawn: 'wycofanie zgody', moved_away: 'wyprowadzka', lost_contact: 'utrata kontaktu', death: 'śmierć', transferred: 'przekazanie',
      period_ended: 'upływ okresu', other: 'inna',
    },
    ipwStatus: { draft: 'projekt', agreed: 'uzgodniony', in_progress: 'w realizacji', suspended: 'zawieszony', closed: 'zakończony' },
    stageName: {
      preparation: 'przygotowanie', formalisation: 'formalizacja', recruitment_diagnosis: 'rekrutacja i diagnoza', ipw_implementation: 'realizacja IPW',
      evaluation: 'ewaluacja', decision_makers: 'spotkanie decydentów', family_selection: 'wybór rodzin', institution_meeting: 'spotkanie instytucji',
      case_groups: 'grupy kooperacyjne (GGK)', resource_diagnosis: 'diagnoza zasobów', partner_mapping: 'mapowanie partnerów', preselection: 'preselekcja',
      pzk_initiation: 'inicjacja PZK', case_teams: 'zespoły zadaniowe (ZZK)',
    },
  },
  en: {
    variant: { rural: 'rural gmina (PZK, animators)', urban_rural: 'urban-rural gmina (PZK + GGK)', urban: 'urban gmina over 20,000 (PZK + ZZK)' },
    teamKind: { pzk: 'PZK — partnership team', wzk: 'WZK — voivodeship team', ggk: 'GGK — gmina cooperation group', zzk: 'ZZK — task team' },
    role: { leader: 'leader', gmina_animator: 'gmina animator', powiat_animator: 'powiat animator', coordinator: 'GGK coordinator', case_worker: 'case worker', network_officer: 'network officer', member: 'member' },
  },
};

export function makeT(lang) {
  const d = ui[lang] || ui.pl;
  const t = (key, ...args) => {
    const v = d[key] ?? ui.pl[key] ?? key;
    return typeof v === 'function' ? v(...args) : v;
  };
  // label of a value of a closed set; English falls back to the code itself
  // with underscores as spaces.
  t.enum = (set, value) => {
    const e = enums[lang]?.[set]?.[value];
    if (e) return e;
    if (lang === 'pl') return enums.pl[set]?.[value] ?? value;
    return String(value).replaceAll('_', ' ');
  };
  return t;
}

// t is the translator of the interface language in use; every module imports
// it (a live binding) and setLang switches it.
export let t = makeT('pl');

export function setLang(lang) {
  t = makeT(lang);
}
