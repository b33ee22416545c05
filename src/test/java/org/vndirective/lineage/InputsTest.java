package org.vndirective.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The packed file list gives back every input as it was added: root, name (any script), order. */
class InputsTest {
    @Test
    void everyInputComesBackInOrder() {
        Path a = Path.of("corpus/lam-dong"), b = Path.of("other"), single = Path.of("one/Kế hoạch 59.txt");
        Inputs in = new Inputs();
        int n = 10_000; // several doublings of both arrays
        for (int i = 0; i < n; i++) in.add(i < n / 2 ? a : b, "d" + i + "/Chỉ thị số " + i + "-CT/TU.txt");
        in.add(single, "");
        assertEquals(n + 1, in.size());
        for (int i = 0; i < n; i++) {
            Inputs.Input got = in.get(i);
            assertEquals(i < n / 2 ? a : b, got.root());
            assertEquals("d" + i + "/Chỉ thị số " + i + "-CT/TU.txt", got.name());
            assertEquals((i < n / 2 ? a : b).resolve(got.name()), got.path());
        }
        assertEquals(single, in.get(n).path());
        assertEquals("Kế hoạch 59.txt", in.get(n).fileName());
        assertThrows(IndexOutOfBoundsException.class, () -> in.get(n + 1));
    }
}
