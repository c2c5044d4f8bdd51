// Words of the monitoring export in the planner (monitoring.js): the button,
// the dialog and what it says about the data that leave the municipality.
// i18n.js adds them to the rest; the record's own labels and values come
// from the library's preview.

export const monitorWords = {
  pl: {
    monButton: 'Eksport do monitoringu',
    monTitle: 'Eksport do monitoringu',
    monIntro: 'Rekord monitoringu to zestawienie liczb, które gmina przekazuje do regionalnego ośrodka polityki społecznej (ROPS/RCPS). Poniżej widać dokładnie to, co opuści gminę – pobierany plik nie zawiera nic więcej.',
    monPrivacy: 'Żadne dane rodzin nie opuszczają gminy: w rekordzie nie ma pseudonimów, opisów, danych członków rodzin, identyfikatorów IPW ani dat dotyczących rodzin. Liczby tak małe, że mogłyby wskazać rodzinę, są podane tylko jako „mniej niż”, a liczby, z których dałoby się je wyliczyć – jako „utajniona”.',
    monPeriodHint: 'Jeśli pola zostaną puste, okresem jest bieżący rok – od 1 stycznia do dnia, na który sporządzono rekord; podgląd poniżej pokazuje ten okres.',
    monPreview: 'Podgląd – te dane opuszczą gminę',
    monLoading: 'Przygotowuję podgląd rekordu…',
    monDownload: 'Pobierz rekord (JSON)',
    monClose: 'Zamknij',
    monFailed: 'Nie udało się przygotować rekordu monitoringu: ',
    monSaved: (name) => `Zapisano plik ${name}.`,
    monNoBundle: 'Brak danych gminy – nie ma z czego przygotować rekordu. Otwórz lub utwórz dane gminy.',
  },
  en: {
    monButton: 'Export for monitoring',
    monTitle: 'Export for monitoring',
    monIntro: 'The monitoring record holds the municipality\'s figures that it sends to its regional social-policy centre. Below is exactly what leaves the municipality: the downloaded file holds nothing more.',
    monPrivacy: 'No family\'s data leave the municipality: the record holds no pseudonym, no description, no household member, no IPW identifier and no date of a family. Counts so small that they could point to a family are given only as “fewer than”, and counts from which they could be worked out as “withheld”.',
    monPeriodHint: 'If the fields are left empty, the period is the year so far – from 1 January to the as-of date; the preview below shows it.',
    monPreview: 'Preview: this leaves the municipality',
    monLoading: 'Preparing the preview of the record…',
    monDownload: 'Download the record (JSON)',
    monClose: 'Close',
    monFailed: 'The monitoring record could not be made: ',
    monSaved: (name) => `Saved ${name}.`,
    monNoBundle: 'There are no municipality data to make a record from. Open or create the municipality\'s data first.',
  },
};
