package vn.ddcihub.operations.kpi.web;

import java.util.List;

import vn.ddcihub.index.ComponentKpis.KpiTile;

/** A component and the tiles of the KPIs that move it, as the hub groups them. */
public record ComponentGroup(String code, String nameVi, String nameEn, List<KpiTile> tiles) {
}
