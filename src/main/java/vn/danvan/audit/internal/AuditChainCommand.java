package vn.danvan.audit.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The chain check from the command line: started with {@code --danvan.audit.verify}, the application checks the
 * chain, prints the result and exits with status 0 if it is intact, 1 if it is broken. It runs before the ordinary
 * start-up work (such as the demo data), so the application writes nothing of its own before the check; only work
 * declared to run first (the import of administrative units) may come before it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditChainCommand implements ApplicationRunner {

    static final String OPTION = "danvan.audit.verify";

    private final AuditService audit;
    private final MessageSource messages;
    private final PrintStream out;
    private final IntConsumer exit;

    @Autowired
    AuditChainCommand(AuditService audit, MessageSource messages, ApplicationContext context) {
        this(audit, messages, System.out, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    AuditChainCommand(AuditService audit, MessageSource messages, PrintStream out, IntConsumer exit) {
        this.audit = audit;
        this.messages = messages;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        ChainVerification result = audit.verifyChain();
        out.println(describe(result, Locale.getDefault()));
        out.flush();
        exit.accept(result.intact() ? 0 : 1);
    }

    String describe(ChainVerification result, Locale locale) {
        if (result.intact()) {
            return messages.getMessage("audit.verify.command.intact", new Object[] {result.entriesChecked()}, locale);
        }
        String reason = messages.getMessage("audit.verify.problem." + result.problem(), null, locale);
        return messages.getMessage(
                "audit.verify.command.broken",
                new Object[] {String.valueOf(result.brokenEntryId()), reason, result.entriesChecked()},
                locale);
    }
}
