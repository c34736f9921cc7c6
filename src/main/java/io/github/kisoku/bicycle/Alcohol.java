package io.github.kisoku.bicycle;

/**
 * Whether the rider had drunk (飲酒の有無), as the blue-ticket rules distinguish it. A rider who
 * was over the limit or drunk is not a 反則者 (道路交通法第125条第2項).
 */
public enum Alcohol {
    /** No alcohol over the limit (酒気帯びなし). */
    NONE,
    /** Over the limit (酒気帯び運転, 道路交通法第65条第1項). */
    OVER_LIMIT,
    /** Drunk (酒酔い運転). */
    DRUNK;
}
