package vn.ddcihub.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/** Table helpers: exact size, column widths, borders. */
final class DocxTables {

    private DocxTables() {
    }

    /** Gives a freshly created table exactly {@code rows} × {@code columns} cells with fixed widths. */
    static void shape(XWPFTable table, int rows, double[] fractions, int widthTwips) {
        int columns = fractions.length;
        while (table.getNumberOfRows() < rows) {
            table.createRow();
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = (int) Math.round(widthTwips * fractions[c]);
        }
        for (XWPFTableRow row : table.getRows()) {
            while (row.getTableCells().size() < columns) {
                row.addNewTableCell();
            }
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(Integer.toString(widths[c]));
            }
        }
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        if (!properties.isSetTblW()) {
            properties.addNewTblW();
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(widthTwips));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    static void borders(XWPFTable table, boolean visible) {
        XWPFBorderType type = visible ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = visible ? 4 : 0;
        String colour = visible ? "000000" : "auto";
        table.setTopBorder(type, size, 0, colour);
        table.setBottomBorder(type, size, 0, colour);
        table.setLeftBorder(type, size, 0, colour);
        table.setRightBorder(type, size, 0, colour);
        table.setInsideHBorder(type, size, 0, colour);
        table.setInsideVBorder(type, size, 0, colour);
    }

    static int textWidthTwips(boolean landscape) {
        return PageLayout.twips(PageLayout.textWidthMm(landscape));
    }
}
