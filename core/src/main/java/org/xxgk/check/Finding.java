package org.xxgk.check;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xxgk.source.Provenance;

/**
 * One failing formula instance (or one rule that could not run).
 *
 * @param source      the report's source name
 * @param rule        the rule id of {@code spec/rules.md}, e.g. {@code APP_BALANCE}
 * @param severity    how serious
 * @param messageZh   the message in Chinese
 * @param messageEn   the message in English
 * @param keys        every cell the formula reads, absent ones included, in {@code cells.md} order
 * @param expected    what the parts give (Σ parts; for APP_BALANCE 一 + 二)
 * @param actual      the printed total (for APP_BALANCE 三(七) + 四); empty when blank
 * @param provenance  where each of the cells read is (for the cells the report prints)
 * @param fingerprint a stable hash of the source identity, rule id and keys, for tracking a finding across runs
 */
public record Finding(
        String source,
        String rule,
        Severity severity,
        String messageZh,
        String messageEn,
        List<String> keys,
        Optional<BigDecimal> expected,
        Optional<BigDecimal> actual,
        Map<String, Provenance> provenance,
        String fingerprint) {

    public Finding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        keys = List.copyOf(keys);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Chinese and English together, for people. */
    public String message() {
        return messageZh + " / " + messageEn;
    }
}
