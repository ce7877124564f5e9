"""A PDF page of an order's document as an image, for the order page's document view; a message's part
(an attachment) as a download, never shown inline."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import FileResponse, Response

from models.tables import Document
from review_ui.document_view import is_pdf, render_page
from web.deps import AssetClerkDep, RowId, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


@router.get("/review/documents/{document_id}/pages/{number}.png", response_model=None)
def document_page(document_id: RowId, number: int, session: SessionDep, settings: SettingsDep,
                  user: AssetClerkDep) -> Response:
    """One PDF page as a PNG, rendered on first request and served from the cache after."""
    doc = session.get(Document, document_id)
    if doc is None or not is_pdf(doc):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such PDF document")
    try:
        path = render_page(doc, number, settings.home / "page-cache")
    except IndexError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    except Exception as exc:  # a damaged or encrypted PDF: this image fails, the page around it does not
        raise HTTPException(422,
                            f"the PDF page cannot be rendered: {type(exc).__name__}: {exc}") from None
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


@router.get("/review/documents/{document_id}/download", response_model=None)
def document_download(document_id: RowId, session: SessionDep, user: AssetClerkDep) -> Response:
    """The part's bytes as a file to save: an attachment, never a page of ours (an HTML or SVG file
    from a stranger must not run here), so no media type of its own and no sniffing."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such document")
    name = doc.filename or f"part-{doc.part_index}"
    return Response(doc.content, media_type="application/octet-stream",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
                             "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"})
