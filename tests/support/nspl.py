"""Small synthetic files in the ONS postcode directory layout (never real data)."""

from __future__ import annotations

from pathlib import Path

# The NSPL's leading columns, then the ones stallapp reads, with other columns between.
NSPL_HEADER = "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,laua,ward,hlthau,nhser,ctry,rgn,pcon,ttwa"  # noqa: E501


def nspl_row(postcode: str, pcon: str, ward: str) -> str:
    compact = postcode.replace(" ", "")
    pcd = f"{compact[:-3]:<4}{compact[-3:]}"
    return (
        f"{pcd},{pcd},{postcode},202401,,0,400000,300000,1,E00000001,E99999999,"
        f"E99999999,E08000039,{ward},E18000003,E40000004,E92000001,E12000003,{pcon},E30000001"
    )


def write_nspl(folder: Path, rows: list[tuple[str, str, str]], release: str) -> Path:
    path = folder / f"{release}.csv"
    path.write_text("\n".join([NSPL_HEADER, *(nspl_row(*r) for r in rows)]) + "\n")
    return path


def write_names(folder: Path, name: str, stem: str, pairs: dict[str, str]) -> Path:
    """A names and codes file, e.g. stem PCON24 gives PCON24CD,PCON24NM."""
    path = folder / name
    lines = [f"{stem}CD,{stem}NM,{stem}NMW"] + [f"{c},{n}," for c, n in pairs.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
