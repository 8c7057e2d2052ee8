package vn.danvan.officialdoc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.officialdoc.DocumentNumbers;
import vn.danvan.shared.Ids;

/** Số văn bản on a real PostgreSQL: per body, year and type, gapless, never shared by concurrent issues. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class DocumentNumberSequenceTests {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void numbersFromOneUpwardsPerBodyYearAndType() {
        UUID board = Ids.newId();
        UUID commune = Ids.newId();

        assertThat(numbers.next(board, 2026, "BC")).isEqualTo(1);
        assertThat(numbers.next(board, 2026, "BC")).isEqualTo(2);
        assertThat(numbers.next(board, 2026, "TB")).isEqualTo(1);
        assertThat(numbers.next(board, 2027, "BC")).isEqualTo(1);
        assertThat(numbers.next(commune, 2026, "BC")).isEqualTo(1);
        assertThat(numbers.next(board, 2026, "BC")).isEqualTo(3);
    }

    @Test
    void givesTheNumberBackWhenTheIssueRollsBack() {
        UUID board = Ids.newId();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        numbers.next(board, 2026, "KH");

        tx.executeWithoutResult(status -> {
            assertThat(numbers.next(board, 2026, "KH")).isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(numbers.next(board, 2026, "KH")).isEqualTo(2);
    }

    @Test
    void neverGivesConcurrentIssuesTheSameNumber() throws Exception {
        UUID board = Ids.newId();
        int threads = 8;
        int perThread = 25;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Integer>> issue = () -> {
                    start.await();
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(tx.execute(status -> numbers.next(board, 2026, "BC")));
                    }
                    return mine;
                };
                futures.add(pool.submit(issue));
            }
            start.countDown();
            Set<Integer> issued = new HashSet<>();
            int count = 0;
            for (Future<List<Integer>> future : futures) {
                List<Integer> mine = future.get(60, TimeUnit.SECONDS);
                issued.addAll(mine);
                count += mine.size();
            }

            assertThat(count).isEqualTo(threads * perThread);
            assertThat(issued).hasSize(threads * perThread);
            assertThat(issued).allSatisfy(n -> assertThat(n).isBetween(1, threads * perThread));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formatsThroughTheContract() {
        assertThat(numbers.numberLine(
                        vn.danvan.officialdoc.OfficialDocument.DocumentFamily.STATE,
                        numbers.format(vn.danvan.officialdoc.OfficialDocument.DocumentFamily.STATE, 5, "BC", "UBND")))
                .isEqualTo("Số: 05/BC-UBND");
    }
}
