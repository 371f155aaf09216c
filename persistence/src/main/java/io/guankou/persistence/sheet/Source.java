package io.guankou.persistence.sheet;

import java.io.IOException;
import java.util.List;

/** One way of reading a file (xlsx, xls, csv); SheetReader picks it and turns failures into reasons. */
interface Source extends AutoCloseable {

    List<String> sheetNames();

    /** Decodes the selected sheet from its first row, handing each row to the pump. */
    void read(RowPump pump) throws IOException;

    /** How far the current {@link #read} is, 0..1, or -1 when it cannot tell. */
    double fraction();

    @Override
    void close() throws IOException;
}
