"""Loads the evaluation cases through the importer, as an editor's upload would."""

from caseimport.importer import CaseImporter
from relevance.judgments import case_files


def load_cases(files=None):
    """Import and publish every case file; {case slug: page id}.

    A case that does not import and publish is an error in the evaluation set
    itself, so it stops the run rather than silently shrinking the corpus.
    """
    importer = CaseImporter(publish=True)
    ids = {}
    for slug, path in (files or case_files()).items():
        result = importer.import_document(path.name, path.read_bytes())
        if result.failed or not result.published:
            problem = result.error or "; ".join(result.notes)
            raise RuntimeError(f"{path.name} did not import and publish: {problem}")
        ids[slug] = result.page.pk
    return ids
