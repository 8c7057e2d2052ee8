package vn.danvan.organisation.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlInsertsTests {

    @Test
    void readsEveryRowOfAMultiRowInsert() {
        Map<String, List<SqlInserts.Row>> tables = SqlInserts.read("""
                INSERT INTO provinces(code,name,administrative_unit_id) VALUES
                ('33','Hưng Yên',2),
                ('34','Thái Bình',2);
                """);

        assertThat(tables.get("provinces")).hasSize(2);
        assertThat(tables.get("provinces").get(1).get("name")).isEqualTo("Thái Bình");
        assertThat(tables.get("provinces").get(1).get("administrative_unit_id")).isEqualTo("2");
    }

    @Test
    void readsSingleRowInsertsOfSeveralTables() {
        Map<String, List<SqlInserts.Row>> tables = SqlInserts.read("""
                INSERT INTO administrative_units(id,code_name_en) VALUES(1,'municipality');
                INSERT INTO administrative_units(id,code_name_en) VALUES(2,'province');
                INSERT INTO wards(code,name) VALUES ('00004','Ba Đình');
                """);

        assertThat(tables.keySet()).containsExactly("administrative_units", "wards");
        assertThat(tables.get("administrative_units"))
                .extracting(row -> row.get("code_name_en"))
                .containsExactly("municipality", "province");
    }

    @Test
    void unescapesDoubledQuotesInStrings() {
        SqlInserts.Row row = SqlInserts.read("INSERT INTO wards(code,name) VALUES ('24184','Ea H''Leo, (xã)');")
                .get("wards")
                .get(0);

        assertThat(row.get("name")).isEqualTo("Ea H'Leo, (xã)");
    }

    @Test
    void readsNullAsNull() {
        SqlInserts.Row row = SqlInserts.read("INSERT INTO wards(code,name_en,full_name) VALUES ('1', NULL, null);")
                .get("wards")
                .get(0);

        assertThat(row.get("name_en")).isNull();
        assertThat(row.get("full_name")).isNull();
        assertThatThrownBy(() -> row.require("name_en")).hasMessageContaining("NULL");
    }

    @Test
    void skipsCommentsAndOtherStatements() {
        Map<String, List<SqlInserts.Row>> tables = SqlInserts.read("""
                /* INSERT INTO ghosts(id) VALUES (1); */
                -- INSERT INTO ghosts(id) VALUES (2);
                CREATE TABLE wards (code varchar(20) DEFAULT 'a;b', name text);
                ALTER TABLE wards ADD CONSTRAINT x CHECK (name <> ';');
                INSERT INTO wards(code,name) VALUES ('1','Một'); -- trailing comment
                """);

        assertThat(tables.keySet()).containsExactly("wards");
        assertThat(tables.get("wards")).hasSize(1);
    }

    @Test
    void rejectsARowWithTheWrongNumberOfValues() {
        assertThatThrownBy(() -> SqlInserts.read("INSERT INTO wards(code,name) VALUES ('1','Một','extra');"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 columns but 3 values");
    }

    @Test
    void rejectsAnUnterminatedStringWithItsLine() {
        assertThatThrownBy(() -> SqlInserts.read("\n\nINSERT INTO wards(code,name) VALUES ('1','Một);"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("unterminated string");
    }
}
