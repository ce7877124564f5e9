"""The admin pages: users and their logins, API tokens, master-data imports, thresholds, mailboxes. Admins
only (`AdminDep`); what they change is done by web/accounts.py, web/overrides.py and masterdata/."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.mailbox_status import mailbox_states
from masterdata import uploads
from masterdata.catalog import import_catalog, import_customers, import_item_aliases, import_price_list
from models.audit import audit
from models.bounds import INT_MAX
from models.tables import ApiToken, User
from review_ui.rendering import render
from web import accounts, overrides
from web.deps import AdminDep, RowId, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


@router.get("/review/admin/mailboxes", response_model=None)
def mailboxes_page(request: Request, session: SessionDep, settings: SettingsDep, user: AdminDep) -> Response:
    return render(request, "mailboxes.html", user, mailboxes=mailbox_states(session, settings))


# ---------------------------------------------------------------- users and their logins


@router.get("/review/admin/users", response_model=None)
def users_page(request: Request, session: SessionDep, user: AdminDep, error: str | None = None,
               done: str | None = None) -> Response:
    return render(request, "users.html", user, users=session.scalars(select(User).order_by(User.email)).all(),
                  logins=accounts.open_sessions(session), error=error, done=done, roles=accounts.ROLES,
                  min_password=accounts.MIN_PASSWORD)


def _users_back(error: str | None = None, done: str | None = None) -> RedirectResponse:
    query = f"?error={quote(error)}" if error else (f"?done={quote(done)}" if done else "")
    return RedirectResponse(f"/review/admin/users{query}", status.HTTP_303_SEE_OTHER)


def _user(session: Session, user_id: int) -> User:
    target = session.get(User, user_id)
    if target is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    return target


def _own_login(request: Request, admin: User, target: User) -> str | None:
    """The admin's own login when they act on their own account: that one stays open."""
    own = request.session.get("sid") if target.id == admin.id else None
    return own if isinstance(own, str) else None


@router.post("/review/admin/users", response_model=None)
def create_user(session: SessionDep, admin: AdminDep, email: str = Form(""), password: str = Form(""),
                role: str = Form("clerk")) -> Response:
    try:
        user = accounts.create_user(session, admin.email, email, password, role)
    except accounts.AccountRefused as exc:
        return _users_back(error=str(exc))
    return _users_back(done=f"{user.email} can log in now as {user.role}")


@router.post("/review/admin/users/{user_id}", response_model=None)
def change_user(user_id: RowId, session: SessionDep, admin: AdminDep, role: str = Form(""),
                active: str = Form("")) -> Response:
    target = _user(session, user_id)
    try:
        # A role or yes/no the form does not offer is no change.
        accounts.change_user(session, admin, target, role=role if role in accounts.ROLES else None,
                             active={"yes": True, "no": False}.get(active))
    except accounts.AccountRefused as exc:
        return _users_back(error=str(exc))
    return _users_back(done=f"{target.email} saved")


@router.post("/review/admin/users/{user_id}/password", response_model=None)
def change_password(user_id: RowId, request: Request, session: SessionDep, admin: AdminDep,
                    password: str = Form("")) -> Response:
    """An admin sets a user's password (a forgotten one, a leaked one): the user's logins end."""
    target = _user(session, user_id)
    try:
        ended = accounts.reset_password(session, admin, target, password,
                                        keep_session=_own_login(request, admin, target))
    except accounts.AccountRefused as exc:
        return _users_back(error=str(exc))
    return _users_back(done=f"new password for {target.email}; {ended} open login(s) ended")


@router.post("/review/admin/users/{user_id}/logout", response_model=None)
def end_user_sessions(user_id: RowId, request: Request, session: SessionDep, admin: AdminDep) -> Response:
    """An admin ends a user's open logins (a lost laptop, a shared screen); the user can log in again."""
    target = _user(session, user_id)
    ended = accounts.end_logins(session, admin, target, keep_session=_own_login(request, admin, target))
    return _users_back(done=f"{ended} open login(s) of {target.email} ended")


# ---------------------------------------------------------------- API tokens


@router.get("/review/admin/tokens", response_model=None)
def tokens_page(request: Request, session: SessionDep, user: AdminDep, error: str | None = None,
                done: str | None = None) -> Response:
    return _tokens(request, session, user, error=error, done=done)


def _tokens(request: Request, session: Session, user: User, *, error: str | None = None,
            done: str | None = None, new_token: str | None = None) -> HTMLResponse:
    tokens = session.execute(select(ApiToken, User.email).join(User, User.id == ApiToken.user_id)
                             .order_by(ApiToken.revoked_at.is_not(None), ApiToken.id.desc())).all()
    users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.email)).all()
    response = render(request, "tokens.html", user, tokens=tokens, users=users, error=error, done=done,
                      new_token=new_token)
    if new_token:  # shown once: no copy in any cache
        response.headers["Cache-Control"] = "no-store"
    return response


def _tokens_back(error: str | None = None, done: str | None = None) -> RedirectResponse:
    query = f"?error={quote(error)}" if error else (f"?done={quote(done)}" if done else "")
    return RedirectResponse(f"/review/admin/tokens{query}", status.HTTP_303_SEE_OTHER)


@router.post("/review/admin/tokens", response_model=None)
def create_token(request: Request, session: SessionDep, admin: AdminDep, user_id: str = Form(""),
                 name: str = Form("")) -> Response:
    """A new API token for a user, shown on this one page and never again (only its hash is kept)."""
    chosen = user_id.strip()
    owner = session.get(User, int(chosen)) if chosen.isdecimal() and 0 < int(chosen) <= INT_MAX else None
    if owner is None or not owner.active:
        return _tokens_back(error="choose the user the token acts as")
    if not name.strip():
        return _tokens_back(error="name the token after what will use it (the ERP, a script)")
    token = accounts.create_api_token(session, owner, name.strip()[:200], created_by=admin.email)
    return _tokens(request, session, admin, new_token=token,
                   done=f"token '{name.strip()[:200]}' for {owner.email} created")


@router.post("/review/admin/tokens/{token_id}/revoke", response_model=None)
def revoke_token(token_id: RowId, session: SessionDep, admin: AdminDep) -> Response:
    revoked = accounts.revoke_api_token(session, token_id, admin.email)
    if revoked is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such token")
    return _tokens_back(done=f"token '{revoked.name}' revoked: it is refused from now on")


# ---------------------------------------------------------------- master-data imports


@dataclass(frozen=True)
class ImportKind:
    title: str
    columns: str
    api_path: str  # the same import through the API, named on the page for scripts


IMPORTS = {
    "catalog": ImportKind("Catalog (products)",
                          "sku, description, unit_price; optional uom, gtin, pack_size, weight_kg",
                          "/api/catalog/import"),
    "customers": ImportKind("Customers",
                            "customer_id, name, email_domains; optional contact, address, locale, currency",
                            "/api/customers/import"),
    "prices": ImportKind("Price lists (contract prices)", "customer_id, sku, unit_price",
                         "/api/customers/prices/import"),
    "aliases": ImportKind("Cross-references (the customer's part numbers)", "customer_id, customer_part, sku",
                          "/api/customers/aliases/import"),
}
IMPORTERS: dict[str, uploads.Importer] = {"catalog": import_catalog, "customers": import_customers,
                                          "prices": import_price_list, "aliases": import_item_aliases}


@router.get("/review/admin/imports", response_model=None)
def imports_page(request: Request, user: AdminDep) -> Response:
    return render(request, "imports.html", user, imports=IMPORTS, report=None, error=None)


@router.post("/review/admin/imports/{kind}", response_model=None)
async def import_upload(kind: str, request: Request, session: SessionDep, user: AdminDep,
                        file: UploadFile) -> Response:
    if kind not in IMPORTS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such import")
    try:
        data = await file.read(uploads.MAX_IMPORT_BYTES + 1)  # one byte over is enough to refuse it
        report = uploads.import_upload(session, data, file.filename, IMPORTERS[kind])
    except ValueError as exc:
        return render(request, "imports.html", user, imports=IMPORTS, report=None, error=str(exc), kind=kind)
    audit(session, user.email, "import", 0, f"import_{kind}", field=report.source,
          to_value=f"{report.imported} imported, {len(report.rejected)} rejected")
    return render(request, "imports.html", user, imports=IMPORTS, report=report, error=None, kind=kind)


# ---------------------------------------------------------------- thresholds


@router.get("/review/admin/thresholds", response_model=None)
def thresholds_page(request: Request, settings: SettingsDep, user: AdminDep, error: str | None = None,
                    done: str | None = None) -> Response:
    rows = [(t, getattr(settings, t.name)) for t in overrides.THRESHOLDS]
    return render(request, "thresholds.html", user, rows=rows, error=error, done=done)


@router.post("/review/admin/thresholds", response_model=None)
async def save_thresholds(request: Request, session: SessionDep, settings: SettingsDep,
                          user: AdminDep) -> Response:
    form = await request.form()
    values = {t.name: str(form.get(t.name, "")) for t in overrides.THRESHOLDS}
    try:
        changed = overrides.save(session, settings, user.email, values)
    except overrides.ThresholdError as exc:
        session.rollback()
        return RedirectResponse(f"/review/admin/thresholds?error={quote(str(exc))}", status.HTTP_303_SEE_OTHER)
    done = f"saved: {', '.join(changed)}" if changed else "nothing changed"
    return RedirectResponse(f"/review/admin/thresholds?done={quote(done)}", status.HTTP_303_SEE_OTHER)
