// Words of the regional report in the planner (region.js): the button, the
// dialog and what it says about the records it reads. i18n.js adds them to
// the rest; the report itself, its problems and their findings come from
// the library.

export const regionWords = {
  pl: {
    regButton: 'Raport regionalny',
    regTitle: 'Raport regionalny z rekordów monitoringu',
    regIntro: 'Dla regionalnego ośrodka polityki społecznej (ROPS/RCPS): wybierz rekordy monitoringu, które przysłały gminy (pliki JSON, jeden na gminę, albo plik NDJSON z rekordem w każdym wierszu). Raport zestawia je według gmin, powiatów, województw i wariantów, obok wyników pilotażu.',
    regPrivacy: 'Pliki są czytane tylko na tym komputerze i nigdzie nie są wysyłane. Rekordy monitoringu nie zawierają danych rodzin.',
    regFiles: 'Rekordy monitoringu',
    regFilesHint: 'Można wybrać wiele plików naraz. Rekord, którego nie da się użyć, zostanie wymieniony z nazwą pliku, a pozostałe wejdą do raportu.',
    regLoading: 'Przygotowuję raport…',
    regNone: 'Nie wybrano jeszcze rekordów.',
    regCounted: (n, left) => `W raporcie: ${n}. Pominięte rekordy: ${left}.`,
    regProblems: 'Pominięte rekordy',
    regFrame: 'Raport regionalny',
    regPrint: 'Drukuj raport',
    regHTML: 'Pobierz raport (HTML)',
    regCSV: 'Pobierz tabelę (CSV)',
    regClose: 'Zamknij',
    regFailed: 'Nie udało się przygotować raportu: ',
    regUnread: (name) => `Nie można odczytać pliku ${name}: `,
    regSaved: (name) => `Zapisano plik ${name}.`,
  },
  en: {
    regButton: 'Regional report',
    regTitle: 'Regional report of monitoring records',
    regIntro: 'For the regional social-policy centre: choose the monitoring records the municipalities sent (JSON files, one per municipality, or an NDJSON file with a record on each line). The report totals them by municipality, powiat, voivodeship and variant, beside the pilot\'s figures.',
    regPrivacy: 'The files are read on this computer only and sent nowhere. Monitoring records hold no family\'s data.',
    regFiles: 'Monitoring records',
    regFilesHint: 'You may choose many files at once. A record that cannot be used is listed with its file name, and the others go into the report.',
    regLoading: 'Preparing the report…',
    regNone: 'No records chosen yet.',
    regCounted: (n, left) => `In the report: ${n}. Records left out: ${left}.`,
    regProblems: 'Records left out',
    regFrame: 'Regional report',
    regPrint: 'Print the report',
    regHTML: 'Download the report (HTML)',
    regCSV: 'Download the table (CSV)',
    regClose: 'Close',
    regFailed: 'The report could not be made: ',
    regUnread: (name) => `Cannot read the file ${name}: `,
    regSaved: (name) => `Saved ${name}.`,
  },
};
