// Words of the monitoring export in the planner (monitoring.js): the button,
// the dialog and what it says about the data that leave the municipality.
// i18n.js adds them to the rest; the record's own labels and values come
// from the library's preview.

export const monitorWords = {
  pl: {
    monButton: 'Eksport do monitoringu',
    monTitle: 'Eksport do monitoringu',
    monIntro: 'Rekord monitoringu to liczby gminy, które gmina przekazuje do regionalnego ośrodka polityki społecznej. Poniżej jest dokładnie to, co opuści gminę: nic więcej nie ma w pobieranym pliku.',
    monPrivacy: 'Żadne dane rodzin nie opuszczają gminy: w rekordzie nie ma pseudonimów, opisów, danych członków rodzin, numerów IPW ani dat dotyczących rodzin. Liczby tak małe, że mogłyby wskazać rodzinę, są podane tylko jako „mniej niż”.',
    monPeriod: 'Okres sprawozdawczy',
    monPeriodHint: 'Puste pola: okres domyślny, który podgląd pokazuje poniżej.',
    monPreview: 'Podgląd: to opuści gminę',
    monLoading: 'Przygotowuję podgląd rekordu…',
    monDownload: 'Pobierz rekord (JSON)',
    monClose: 'Zamknij',
    monFailed: 'Nie udało się przygotować rekordu monitoringu: ',
    monSaved: (name) => `Zapisano plik ${name}.`,
    monNoBundle: 'Nie ma danych gminy, z których powstałby rekord.',
  },
  en: {
    monButton: 'Export for monitoring',
    monTitle: 'Export for monitoring',
    monIntro: 'The monitoring record holds the municipality\'s figures that it sends to its regional social-policy centre. Below is exactly what leaves the municipality: the downloaded file holds nothing more.',
    monPrivacy: 'No family\'s data leave the municipality: the record holds no pseudonym, no description, no household member, no IPW number and no date of a family. Counts so small that they could point to a family are given only as “fewer than”.',
    monPeriod: 'Reporting period',
    monPeriodHint: 'Empty fields: the default period, which the preview shows below.',
    monPreview: 'Preview: this leaves the municipality',
    monLoading: 'Preparing the preview of the record…',
    monDownload: 'Download the record (JSON)',
    monClose: 'Close',
    monFailed: 'The monitoring record could not be made: ',
    monSaved: (name) => `Saved ${name}.`,
    monNoBundle: 'There are no municipality data to make a record from.',
  },
};
