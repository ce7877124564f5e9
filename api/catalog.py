"""Catalog and customer master data over the API: SKU search for the review screen's autocomplete
(fuzzy, with description, price and stock) and file imports with their per-row rejection report."""

from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, HTTPException, UploadFile, status
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from masterdata.catalog import import_catalog, import_customers, import_item_aliases, import_price_list
from masterdata.uploads import MAX_IMPORT_BYTES, Importer, import_upload
from matching.catalog import normalise_sku
from matching.knowledge_store import load_catalog
from models.tables import PriceListEntry, Product, StockLevel, User
from web.deps import ApiUser, SessionDep

router = APIRouter(tags=["catalog"])

SEARCH_LIMIT = 8


class SkuSuggestion(BaseModel):
    sku: str
    description: str
    uom: str
    price: Decimal | None  # None: the catalog gives no list price and the customer has no contract price
    contract_price: bool  # the customer's own price, not the list price
    stock: Decimal  # on hand less reserved, over all warehouses
    score: float


class ImportResult(BaseModel):
    source: str
    imported: int
    rejected: list[tuple[int, str]]  # (row number in the file, why)
    notes: list[str] = []  # how the file was read, what a row changed (a part that now means another SKU)


def search_skus(session: Session, query: str, customer_id: str | None = None,
                limit: int = SEARCH_LIMIT) -> list[SkuSuggestion]:
    """Catalog products for what a clerk typed: SKUs starting with it first, then fuzzy SKU and
    description matches, best first."""
    query = query.strip()
    if not query:
        return []
    index = load_catalog(session)
    scores: dict[str, float] = {}
    norm = normalise_sku(query)
    if norm:
        for sku in index.products:
            if normalise_sku(sku).startswith(norm):
                scores[sku] = 100.0
                if len(scores) >= limit:
                    break
    for candidate in [*index.fuzzy_code(query, limit), *index.fuzzy_description(query, limit)]:
        scores[candidate.sku] = max(scores.get(candidate.sku, 0.0), float(candidate.score))
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    skus = [sku for sku, _ in best]
    if not skus:
        return []
    products = {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_(skus)))}
    stock = dict(session.execute(  # type: ignore[arg-type]
        select(StockLevel.sku, func.sum(StockLevel.on_hand - StockLevel.reserved))
        .where(StockLevel.sku.in_(skus)).group_by(StockLevel.sku)).all())
    contract: dict[str, Decimal] = {}
    if customer_id:
        contract = dict(session.execute(  # type: ignore[arg-type]
            select(PriceListEntry.sku, PriceListEntry.unit_price)
            .where(PriceListEntry.customer_id == customer_id, PriceListEntry.sku.in_(skus))).all())
    return [SkuSuggestion(sku=sku, description=products[sku].description, uom=products[sku].uom,
                          price=contract.get(sku, products[sku].unit_price), contract_price=sku in contract,
                          stock=stock.get(sku) or Decimal(0), score=round(score, 1))
            for sku, score in best if sku in products]


@router.get("/api/catalog/search", response_model=list[SkuSuggestion])
def search(session: SessionDep, user: ApiUser, q: str = "", customer: str | None = None,
           limit: int = SEARCH_LIMIT) -> list[SkuSuggestion]:
    return search_skus(session, q, customer or None, max(1, min(limit, 50)))


def _admin(user: User) -> None:
    if user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")


async def _import(session: Session, user: User, file: UploadFile, importer: Importer) -> ImportResult:
    _admin(user)
    try:
        data = await file.read(MAX_IMPORT_BYTES + 1)  # one byte over is enough to refuse it
        report = import_upload(session, data, file.filename, importer)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return ImportResult(source=report.source, imported=report.imported, rejected=report.rejected,
                        notes=report.notes)


@router.post("/api/catalog/import", response_model=ImportResult)
async def catalog_import(file: UploadFile, session: SessionDep, user: ApiUser) -> ImportResult:
    """Products from a CSV or XLSX file (sku, description, unit_price, uom, gtin, pack_size, weight_kg)."""
    return await _import(session, user, file, import_catalog)


@router.post("/api/customers/import", response_model=ImportResult)
async def customers_import(file: UploadFile, session: SessionDep, user: ApiUser) -> ImportResult:
    """Customers from a CSV or XLSX file, with the same per-row report as the command line."""
    return await _import(session, user, file, import_customers)


@router.post("/api/customers/prices/import", response_model=ImportResult)
async def price_list_import(file: UploadFile, session: SessionDep, user: ApiUser) -> ImportResult:
    """Customer contract prices from a CSV or XLSX file (customer_id, sku, unit_price)."""
    return await _import(session, user, file, import_price_list)


@router.post("/api/customers/aliases/import", response_model=ImportResult)
async def item_aliases_import(file: UploadFile, session: SessionDep, user: ApiUser) -> ImportResult:
    """A customer's item cross-reference from a CSV or XLSX file (customer_id, customer_part, sku): their
    part numbers match our SKUs from their first order on."""
    return await _import(session, user, file, import_item_aliases)
