package vn.ddcihub.plan;

/** An org unit as a plan shows it (phòng, đơn vị chủ trì / phối hợp). */
public record UnitRef(long id, String code, String name) {
}
