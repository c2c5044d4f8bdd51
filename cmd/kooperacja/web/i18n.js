// Words of the planner's interface in Polish (default) and English: the
// page's own sentences, buttons and headings. The names of the model's
// values (kinds, roles, stages, statuses…) and the labels of the fields
// come from the library's glossary (library.js: label, options,
// fieldLabel); finding messages from its rule catalogue. A test fails when
// this file names a value of the model.

import { work } from './words-work.js';
import { documentWords } from './words-document.js';
import { monitorWords } from './words-monitor.js';
import { regionWords } from './words-region.js';

const ui = {
  pl: {
    title: 'Planer IPW — model kooperacji',
    lang: 'English',
    langLabel: 'English (przełącz język interfejsu na angielski)',
    loading: 'Wczytywanie biblioteki…',
    loadFailed: 'Nie udało się wczytać modułu WebAssembly: ',
    views: 'Widoki',
    v_start: 'Start', v_institutions: 'Instytucje i usługi', v_teams: 'Zespoły', v_agreements: 'Porozumienia',
    v_ipw: 'IPW', v_stage: 'Etap wdrażania', v_timeline: 'Harmonogram', v_whatif: 'Symulacja odejścia partnera',
    v_indicators: 'Wskaźniki', v_print: 'Wydruk IPW', v_profile: 'Ustawienia gminy',

    // the findings panel
    findings: 'Uwagi',
    summary: (e, w, i) => `Błędy: ${e}, ostrzeżenia: ${w}, informacje: ${i}.`,
    noErrors: 'Nie ma błędów.',
    allDone: 'Dane gminy są kompletne i poprawne.',
    nextStep: 'Następny krok:',
    seeNextSteps: 'Co dalej',
    noFindings: 'Brak uwag.',
    sevGroup_error: 'Błędy', sevGroup_warning: 'Ostrzeżenia', sevGroup_info: 'Informacje',
    quietGroup: 'Do uzupełnienia w dodanych elementach',
    quietHint: 'Nowy element: wypełnij jego pola, a uwagi pojawią się po opuszczeniu go.',
    checkAll: 'Sprawdź wszystko',
    count: (n) => `(${n})`,
    checkedIn: (ms) => `Sprawdzono w ${ms} ms`,

    // the start view
    startTitle: 'Zacznij pracę', newBundle: 'Nowe dane gminy', create: 'Utwórz dane gminy',
    terytHint: 'Kod TERYT gminy ma 7 cyfr.',
    suggested: 'Wariant modelu', suggestedIs: (v) => `Wariant wynikający z kodu TERYT i liczby mieszkańców: ${v}.`,
    openFile: 'Otwórz plik JSON', restored: 'Przywrócono pracę zapisaną w przeglądarce.',
    exportFile: 'Zapisz do pliku JSON', imported: (n) => `Wczytano plik ${n}.`,
    importBroken: (n) => `Pliku ${n} nie da się wczytać jako danych gminy. Bieżąca praca pozostała bez zmian. Uwagi do pliku:`,
    currentBundle: 'Gmina', asOfHint: 'Puste pole oznacza dzisiejszą datę.',
    noBundle: 'Nie ma jeszcze danych gminy: utwórz je albo otwórz plik.',
    nextSteps: 'Co dalej',
    nextStepsIntro: (stage) => `Gmina jest na etapie „${stage}”. Aby go ukończyć:`,
    nextStepsAfter: 'Kolejne etapy wdrażania w tym wariancie:',
    nextStepsDone: 'Wszystkie etapy wdrażania modelu są ukończone.',

    // forms
    remove: 'Usuń', none: '— brak —', choose: '— wybierz —',
    collapse: 'Zwiń', expand: 'Rozwiń', collapseAll: 'Zwiń wszystkie', expandAll: 'Rozwiń wszystkie',
    sections: 'Sekcje tego widoku',
    itemNo: (what, n) => `${what} nr ${n}`,
    institution: 'Instytucja', service: 'Usługa', team: 'Zespół', member: 'Członek zespołu', meeting: 'Spotkanie',
    agreement: 'Porozumienie', signature: 'Podpis', annex: 'Aneks', withdrawal: 'Wypowiedzenie', hmember: 'Członek rodziny',
    area: 'Obszar', goal: 'Cel', deferred: 'Obszar odroczony', action: 'Działanie', review: 'Przegląd', suspension: 'Zawieszenie',
    stageRecord: 'Etap', ipw: 'IPW',
    add_institutions: 'Dodaj instytucję', add_services: 'Dodaj usługę', add_teams: 'Dodaj zespół', add_members: 'Dodaj członka zespołu',
    add_meetings: 'Dodaj spotkanie', add_agreements: 'Dodaj porozumienie', add_declaration: 'Dodaj deklarację przystąpienia',
    add_signatures: 'Dodaj podpis', add_annexes: 'Dodaj aneks', add_withdrawals: 'Dodaj wypowiedzenie', add_hmembers: 'Dodaj członka rodziny',
    add_areas: 'Dodaj obszar diagnozy', add_goals: 'Dodaj cel', add_deferredAreas: 'Dodaj obszar odroczony', add_actions: 'Dodaj działanie',
    add_reviews: 'Dodaj przegląd', add_suspensions: 'Dodaj zawieszenie', add_ipwSignatures: 'Dodaj podpis', add_stages: 'Dodaj zapis etapu',
    institutionsGroup: 'Instytucje', responsibleWho: 'Kto odpowiada',
    signerWho: 'Kto podpisuje', meetingOf: (d) => `Spotkanie z ${d}`, reviewOf: (d) => `Przegląd z ${d}`, suspensionFrom: (d) => `Zawieszenie od ${d}`,
    annexOf: (d) => `Aneks z ${d}`, withdrawalOf: (n) => `Wypowiedzenie: ${n}`, signatureOf: (n) => `Podpis: ${n}`, memberOf: (n) => `Członek zespołu: ${n}`,
    bornIn: (y) => `ur. ${y}`,

    // the IPW editor
    ipws: 'Indywidualne programy współpracy (IPW)', chooseIpw: 'Wybierz IPW', newIpw: 'Dodaj IPW', removeIpw: 'Usuń ten IPW',
    noIpw: 'Nie ma jeszcze żadnego IPW.', ipwNamed: (name) => `IPW „${name}”`, ipwStatus: (s, end) => `Status: ${s} · planowany koniec: ${end}`,
    ipwMain: 'Podstawowe dane', signers: 'Podpisy IPW',

    // the stage view
    stageTitle: 'Etap wdrażania modelu', stageCurrent: 'Bieżący etap', stageNext: 'Następny etap', stageMissing: 'Do zrobienia, by ukończyć bieżący etap',
    stageDone: 'ukończony', stageNow: 'bieżący', stageAllDone: 'Wszystkie etapy ukończone.', stageRecords: 'Zapisane etapy',

    // the profile editor
    profileTitle: 'Ustawienia gminy (profil)',
    profileIntro: 'Liczby i przełączniki, według których planer ocenia dane gminy. Puste pole oznacza wartość domyślną wariantu; zmiana działa od razu na uwagi.',
    profileDefault: (v) => `Domyślnie w tym wariancie: ${v}`,
    profileSeverities: 'Waga reguł',
    profileSeveritiesIntro: 'Każdą regułę można potraktować łagodniej albo surowiej niż domyślnie albo ją wyłączyć.',
    profileRule: 'Reguła', profileSeverity: 'Waga', profileDefaultSeverity: 'Domyślnie',
    useDefault: 'domyślnie', yes: 'tak', no: 'nie',
    unit_days: 'dni', unit_months: 'miesięcy',

    // the timeline
    timelineTitle: 'Harmonogram IPW', today: 'stan na dzień', plannedEnd: 'planowany koniec', overdue: 'po terminie', noDates: 'IPW nie ma jeszcze okresu realizacji.',
    periodIs: (a, b) => `Okres realizacji: ${a} – ${b}`,

    // what if
    whatifTitle: 'Co, jeśli partner odejdzie?', whatifInst: 'Partner, który odchodzi', whatifDate: 'Data złożenia wypowiedzenia', run: 'Sprawdź',
    whatifHint: 'Symulacja nie zmienia danych gminy. Pozostałe działania idą zgodnie z planem.',
    whatifNotices: 'Wypowiedzenia', whatifNoNotice: 'Ta instytucja nie jest w tym dniu stroną żadnego obowiązującego porozumienia.',
    whatifLost: 'Działania, które zostaną bez instytucji odpowiedzialnej lub bez obowiązującego porozumienia',
    whatifNone: 'Odejście partnera nie wpływa na żadne działanie.',
    whatifAll: 'Wszystkie nowe uwagi w symulacji', whatifHorizon: (d) => `Symulacja do ${d}.`,

    // indicators
    indicatorsTitle: 'Wskaźniki', chartsNote: 'Wykresy pokazują te same liczby co tabele pod nimi.',
    ch_status: 'IPW według statusu', ch_outcome: 'Zakończone IPW według wyniku', ch_succeeded: 'zakończone osiągnięciem celów', ch_notSucceeded: 'inny wynik',
    ch_actions: 'Wykonane działania: w terminie i po terminie', ch_onTime: 'w terminie', ch_late: 'po terminie', ch_open: 'jeszcze niewykonane',
    ch_workload: 'Obciążenie instytucji: najwięcej otwartych działań w jednym miesiącu', ch_capacity: 'liczba miejsc w usługach instytucji',
    ch_peak: 'otwarte działania', ch_stages: 'Etapy wdrażania w czasie', ch_noStages: 'Nie zapisano jeszcze dat etapów.',
    ch_service: 'Wykorzystanie usług z koszyka w miesiącu', ch_used: 'wykorzystanie', ch_serviceCapacity: 'liczba miejsc',
    ch_table: 'Liczby', ch_value: 'Liczba',
    ind_ipw: 'IPW', ind_total: 'razem', ind_succeeded: 'zakończone osiągnięciem celów',
    ind_successRate: 'Odsetek IPW zakończonych osiągnięciem celów', ind_meanClosedDurationDays: 'Średni czas trwania zakończonych IPW (dni)',
    ind_actions: 'Działania', ind_done: 'wykonane działania', ind_doneOnTime: 'wykonane w terminie', ind_onTimeRate: 'Odsetek działań wykonanych w terminie',
    ind_pzk: 'PZK', ind_institutions: 'instytucje', ind_sectors: 'sektory (bez samorządu)',
    ind_workload: 'Obciążenie instytucji (otwarte działania w miesiącu)', ind_institution: 'instytucja', ind_month: 'miesiąc', ind_open: 'otwarte działania',
    ind_serviceUse: 'Wykorzystanie usług z koszyka', ind_service: 'usługa', ind_used: 'wykorzystanie', ind_capacity: 'liczba miejsc',

    // print: the IPW as the library writes it (document.js)
    printHint: 'Wydruk na A4 z miejscami na podpisy: IPW podpisuje się na papierze.',

    unavailable: 'Niedostępne: ', error: 'Błąd: ',
    ...work.pl,
    ...documentWords.pl,
    ...monitorWords.pl,
    ...regionWords.pl,
  },
  en: {
    title: 'IPW planner — cooperation model',
    lang: 'Polski',
    langLabel: 'Polski (switch the interface to Polish)',
    loading: 'Loading the library…',
    loadFailed: 'Could not load the WebAssembly module: ',
    views: 'Views',
    v_start: 'Start', v_institutions: 'Institutions and services', v_teams: 'Teams', v_agreements: 'Agreements',
    v_ipw: 'IPW', v_stage: 'Stage', v_timeline: 'Timeline', v_whatif: 'A partner leaves',
    v_indicators: 'Indicators', v_print: 'Print IPW', v_profile: 'Settings',

    findings: 'Findings',
    summary: (e, w, i) => `Errors: ${e}, warnings: ${w}, notes: ${i}.`,
    noErrors: 'There are no errors.',
    allDone: 'The municipality\'s data are complete and correct.',
    nextStep: 'Next step:',
    seeNextSteps: 'What next',
    noFindings: 'No findings.',
    sevGroup_error: 'Errors', sevGroup_warning: 'Warnings', sevGroup_info: 'Notes',
    quietGroup: 'To fill in, in the items just added',
    quietHint: 'A new item: fill in its fields; its findings appear once you leave it.',
    checkAll: 'Check everything',
    count: (n) => `(${n})`,
    checkedIn: (ms) => `Checked in ${ms} ms`,

    startTitle: 'Get started', newBundle: 'A new municipality', create: 'Create the municipality\'s data',
    terytHint: 'A municipality\'s TERYT code has 7 digits.',
    suggested: 'Model variant', suggestedIs: (v) => `The variant that the TERYT code and the population give: ${v}.`,
    openFile: 'Open a JSON file', restored: 'Restored the work saved in this browser.',
    exportFile: 'Save to a JSON file', imported: (n) => `Opened ${n}.`,
    importBroken: (n) => `${n} cannot be read as a municipality's data. Your current work is unchanged. Findings for the file:`,
    currentBundle: 'Municipality', asOfHint: 'Empty means today.',
    noBundle: 'No municipality yet: create one or open a file.',
    nextSteps: 'What next',
    nextStepsIntro: (stage) => `The municipality is at the stage “${stage}”. To complete it:`,
    nextStepsAfter: 'The next implementation stages of this variant:',
    nextStepsDone: 'Every implementation stage of the model is complete.',

    remove: 'Remove', none: '— none —', choose: '— choose —',
    collapse: 'Collapse', expand: 'Expand', collapseAll: 'Collapse all', expandAll: 'Expand all',
    sections: 'Sections of this view',
    itemNo: (what, n) => `${what} no. ${n}`,
    institution: 'Institution', service: 'Service', team: 'Team', member: 'Team member', meeting: 'Meeting',
    agreement: 'Agreement', signature: 'Signature', annex: 'Annex', withdrawal: 'Withdrawal', hmember: 'Household member',
    area: 'Area', goal: 'Goal', deferred: 'Deferred area', action: 'Action', review: 'Review', suspension: 'Suspension',
    stageRecord: 'Stage', ipw: 'IPW',
    add_institutions: 'Add an institution', add_services: 'Add a service', add_teams: 'Add a team', add_members: 'Add a team member',
    add_meetings: 'Add a meeting', add_agreements: 'Add an agreement', add_declaration: 'Add a declaration of accession',
    add_signatures: 'Add a signature', add_annexes: 'Add an annex', add_withdrawals: 'Add a withdrawal', add_hmembers: 'Add a household member',
    add_areas: 'Add an area of the diagnosis', add_goals: 'Add a goal', add_deferredAreas: 'Add a deferred area', add_actions: 'Add an action',
    add_reviews: 'Add a review', add_suspensions: 'Add a suspension', add_ipwSignatures: 'Add a signature', add_stages: 'Add a stage record',
    institutionsGroup: 'Institutions', responsibleWho: 'Who is responsible',
    signerWho: 'Who signs', meetingOf: (d) => `Meeting of ${d}`, reviewOf: (d) => `Review of ${d}`, suspensionFrom: (d) => `Suspension from ${d}`,
    annexOf: (d) => `Annex of ${d}`, withdrawalOf: (n) => `Withdrawal: ${n}`, signatureOf: (n) => `Signature: ${n}`, memberOf: (n) => `Team member: ${n}`,
    bornIn: (y) => `born ${y}`,

    ipws: 'Individual cooperation programmes (IPW)', chooseIpw: 'Choose an IPW', newIpw: 'Add an IPW', removeIpw: 'Remove this IPW',
    noIpw: 'There is no IPW yet.', ipwNamed: (name) => `IPW “${name}”`, ipwStatus: (s, end) => `Status: ${s} · planned end: ${end}`,
    ipwMain: 'Main data', signers: 'Signatures of the IPW',

    stageTitle: 'Implementation stage', stageCurrent: 'Current stage', stageNext: 'Next stage', stageMissing: 'To do to complete the current stage',
    stageDone: 'completed', stageNow: 'current', stageAllDone: 'All stages completed.', stageRecords: 'Recorded stages',

    profileTitle: 'The municipality\'s settings (profile)',
    profileIntro: 'The numbers and switches the planner judges the data by. An empty field means the variant\'s default; a change acts on the findings at once.',
    profileDefault: (v) => `Default in this variant: ${v}`,
    profileSeverities: 'Severity of the rules',
    profileSeveritiesIntro: 'Each rule can be treated more leniently or more strictly than by default, or switched off.',
    profileRule: 'Rule', profileSeverity: 'Severity', profileDefaultSeverity: 'Default',
    useDefault: 'default', yes: 'yes', no: 'no',
    unit_days: 'days', unit_months: 'months',

    timelineTitle: 'IPW timeline', today: 'as of', plannedEnd: 'planned end', overdue: 'overdue', noDates: 'The IPW has no period yet.',
    periodIs: (a, b) => `Period: ${a} – ${b}`,

    whatifTitle: 'What if a partner leaves?', whatifInst: 'The partner who leaves', whatifDate: 'Notice given on', run: 'Check',
    whatifHint: 'The simulation does not change the municipality\'s data. Everything else goes to plan.',
    whatifNotices: 'Notices', whatifNoNotice: 'This institution is a party to no agreement in force on that day.',
    whatifLost: 'Actions left without a responsible institution or without an agreement in force',
    whatifNone: 'The partner\'s leaving affects no action.',
    whatifAll: 'Every new finding in the simulation', whatifHorizon: (d) => `Simulated until ${d}.`,

    indicatorsTitle: 'Indicators', chartsNote: 'The charts show the same numbers as the tables below them.',
    ch_status: 'IPWs by status', ch_outcome: 'Closed IPWs by outcome', ch_succeeded: 'closed with goals achieved', ch_notSucceeded: 'other outcome',
    ch_actions: 'Actions done: on time and late', ch_onTime: 'on time', ch_late: 'late', ch_open: 'not done yet',
    ch_workload: 'Workload of the institutions: most open actions in one month', ch_capacity: 'places in the institution\'s services',
    ch_peak: 'open actions', ch_stages: 'Implementation stages over time', ch_noStages: 'No stage dates recorded yet.',
    ch_service: 'Use of basket services in a month', ch_used: 'used', ch_serviceCapacity: 'places',
    ch_table: 'Numbers', ch_value: 'Number',
    ind_ipw: 'IPWs', ind_total: 'total', ind_succeeded: 'closed with goals achieved',
    ind_successRate: 'Share of IPWs closed with goals achieved', ind_meanClosedDurationDays: 'Mean duration of closed IPWs (days)',
    ind_actions: 'Actions', ind_done: 'actions done', ind_doneOnTime: 'done on time', ind_onTimeRate: 'Share of actions done on time',
    ind_pzk: 'PZK', ind_institutions: 'institutions', ind_sectors: 'sectors (local government excluded)',
    ind_workload: 'Workload (open actions per institution and month)', ind_institution: 'institution', ind_month: 'month', ind_open: 'open actions',
    ind_serviceUse: 'Use of basket services', ind_service: 'service', ind_used: 'used', ind_capacity: 'places',

    printHint: 'A4 printout with signature lines: IPWs are signed on paper.',

    unavailable: 'Unavailable: ', error: 'Error: ',
    ...work.en,
    ...documentWords.en,
    ...monitorWords.en,
    ...regionWords.en,
  },
};

export function makeT(lang) {
  const d = ui[lang] || ui.pl;
  return (key, ...args) => {
    const v = d[key] ?? ui.pl[key] ?? key;
    return typeof v === 'function' ? v(...args) : v;
  };
}

// t is the translator of the interface language in use; every module imports
// it (a live binding) and setLang switches it.
export let t = makeT('pl');

export function setLang(lang) {
  t = makeT(lang);
}
