package vn.danvan.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A page of an API list: the items, the page number (from 0), its size and the total count. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
        return new ApiPage<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }
}
