package dev.octavo.manuscript;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GitHub's heading anchors, as github.com shows them for a Markdown file. */
class GithubSlugsTest {
    @Test
    void lowerCaseKeepsDiacriticsDropsPunctuationAndMakesEachSpaceAHyphen() {
        assertEquals("dấu-thanh-và-dấu-phụ", GithubSlugs.slug("Dấu thanh và dấu phụ"));
        assertEquals("whats-new-in-20", GithubSlugs.slug("What's new in 2.0?"));
        assertEquals("c--java", GithubSlugs.slug("C++ & Java"));
        assertEquals("snake_case-and-kebab-case", GithubSlugs.slug("snake_case and kebab-case"));
        assertEquals("đồng-hồ", GithubSlugs.slug("Đồng hồ"));
    }

    @Test
    void repeatedHeadingsAreNumberedFromOneAndSkipTakenSlugs() {
        GithubSlugs slugs = new GithubSlugs();
        assertEquals(List.of("a", "a-1", "a-1-1", "a-2"),
                List.of(slugs.next("A"), slugs.next("A"), slugs.next("A-1"), slugs.next("A")));
    }
}
