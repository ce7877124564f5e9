"""The evaluation finds its documents: labels beside them, or in a mirror tree for a read-only corpus."""

from pathlib import Path

from evaluation.runner import labelled_documents


def test_labels_beside_documents_and_in_a_mirror_tree(tmp_path: Path):
    corpus, labels = tmp_path / "corpus", tmp_path / "labels"
    (corpus / "a").mkdir(parents=True)
    (labels / "a").mkdir(parents=True)
    (corpus / "a" / "po[1].pdf").write_bytes(b"%PDF")
    (corpus / "a" / "notes.txt").write_text("x")
    (corpus / "a" / "po[1].expected.json").write_text("{}")
    (labels / "a" / "po[1].expected.json").write_text("{}")
    (labels / "a" / "missing.expected.json").write_text("{}")
    assert [(d.name, e.parent.name) for d, e in labelled_documents(corpus)] == [("po[1].pdf", "a")]
    pairs = list(labelled_documents(corpus, labels))
    assert [(d, e) for d, e in pairs] == [(corpus / "a" / "po[1].pdf", labels / "a" / "po[1].expected.json")]
