// Words of the documents of the model in the planner (document.js): the
// "Dokument" button and the dialog that shows, prints and downloads a
// document. i18n.js adds them to the rest; the documents' own words come
// from the library.

export const documentWords = {
  pl: {
    docButton: 'Dokument',
    docButtonTitle: 'Pokaż dokument do druku i do edycji',
    docFrame: (title) => `Podgląd dokumentu: ${title}`,
    docPrint: 'Drukuj',
    docDownload: 'Pobierz do edycji (DOCX)',
    docDownloadOdt: 'Pobierz do edycji (ODT)',
    docClose: 'Zamknij',
    docDraft: 'Pokaż projekt dokumentu',
    docDraftHint: 'Projekt jest oznaczony na każdej stronie słowem „PROJEKT” i wymienia błędy, które trzeba poprawić przed podpisaniem.',
    docNone: 'Dla tego elementu nie ma jeszcze dokumentu: brakuje danych, z których powstaje.',
    docFailed: 'Nie udało się przygotować dokumentu: ',
    docLoading: 'Przygotowuję dokument…',
    docPrevious: 'Porównaj z wersją danych',
    docPreviousNone: 'bez porównania',
    docPreviousHint: 'Wybierz wersję zapisaną przy poprzednim przeglądzie: zapis przeglądu wymieni, co zmieniło się w IPW od tamtej pory.',
  },
  en: {
    docButton: 'Document',
    docButtonTitle: 'Show the document to print and to edit',
    docFrame: (title) => `Preview of the document: ${title}`,
    docPrint: 'Print',
    docDownload: 'Download to edit (DOCX)',
    docDownloadOdt: 'Download to edit (ODT)',
    docClose: 'Close',
    docDraft: 'Show a draft of the document',
    docDraftHint: 'A draft says “PROJEKT” on every page and lists the errors to correct before it is signed.',
    docNone: 'This item has no document yet: the data it is made from are missing.',
    docFailed: 'The document could not be made: ',
    docLoading: 'Preparing the document…',
    docPrevious: 'Compare with the version of the data',
    docPreviousNone: 'no comparison',
    docPreviousHint: 'Choose the version kept at the previous review: the review record then lists what changed in the IPW since.',
  },
};
