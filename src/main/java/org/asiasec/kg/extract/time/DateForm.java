package org.asiasec.kg.extract.time;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.Value;

/**
 * The date expressions {@link DateRecognizer} knows, each a pattern and how to resolve it.
 *
 * <p>Conventions for vague expressions (spans, start and end inclusive):
 * <ul>
 * <li>年初 = months 01–03, 年底/年末 = 10–12, 上半年 = 01–06, 下半年 = 07–12 of that year;</li>
 * <li>N世纪 = its hundred years counted from 00 (20世纪 = 1900–1999); 初 = first decade, 末 = last decade,
 *     中叶/中期 = 40–69, 上半叶 = 00–49, 下半叶 = 50–99;</li>
 * <li>90年代 = 1990–1999, in the latest century that does not put it after the year in scope;
 *     年代初 = first four years, 年代中期 = 4–6, 年代末 = last three years;</li>
 * <li>上旬, 中旬, 下旬, 初, 底, 末 after a month keep month precision (2016年3月底 = 2016-03).</li>
 * </ul>
 * 今年, 去年, 前年 and 明年 count from the document date; 同年, 当年, 次年, 翌年, 第二年, 前一年 and
 * bare months or days count from the year in scope (see {@link DateScope}).
 */
enum DateForm {

    /** 2013—2017年间, 2014—2016年, 2014-2016年, 1996年至1997年. */
    YEAR_SPAN("年", MatchStarts.YEAR, Rx.YEAR + Rx.S + "(?:年" + Rx.S + ")?" + Rx.DASH + "(?<y2>" + Rx.YEAR_DIGITS + ")" + Rx.S + "年(?:间|期间)?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            int from = Numerals.parse(m.group("y"));
            int to = Numerals.parse(m.group("y2"));
            return to > from ? new Range(Value.Date.year(from), Value.Date.year(to)) : null;
        }
    },

    /** 2014年5月21日, 二〇一四年五月二十一日, 2014年5月20日至21日. */
    DAY("年", MatchStarts.YEAR, Rx.YEAR + Rx.S + "年" + Rx.S + Rx.month("m") + Rx.S + "月" + Rx.S + Rx.day("d") + Rx.S + "[日号]"
            + "(?:" + Rx.DASH + "(?:" + Rx.month("m2") + Rx.S + "月" + Rx.S + ")?" + Rx.day("d2") + Rx.S + "[日号])?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            int y = Numerals.parse(m.group("y"));
            int month = Numerals.parse(m.group("m"));
            Value.Date from = DateRecognizer.day(y, month, Numerals.parse(m.group("d")));
            Value.Date to = m.group("d2") == null ? null
                    : DateRecognizer.day(y, m.group("m2") == null ? month : Numerals.parse(m.group("m2")),
                    Numerals.parse(m.group("d2")));
            return Range.of(from, to, m.group("d2") != null);
        }
    },

    /** 2014年5月, 2016年3月底, 2014年5月至6月. */
    MONTH("年", MatchStarts.YEAR, Rx.YEAR + Rx.S + "年" + Rx.S + Rx.month("m") + Rx.S + "月" + Rx.MONTH_PART
            + "(?:" + Rx.DASH + Rx.month("m2") + Rx.S + "月" + Rx.monthPart("part2") + ")?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            int y = Numerals.parse(m.group("y"));
            Value.Date from = DateRecognizer.month(y, Numerals.parse(m.group("m")));
            Value.Date to = m.group("m2") == null ? null : DateRecognizer.month(y, Numerals.parse(m.group("m2")));
            return Range.of(from, to, m.group("m2") != null);
        }
    },

    /** 2014年, 二〇三一年, 2014年初, 2014年底, 2014年上半年. */
    YEAR("年", MatchStarts.YEAR, Rx.YEAR + Rx.S + "年" + Rx.YEAR_PART) {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            return Range.ofYear(Numerals.parse(m.group("y")), m.group("ypart"));
        }
    },

    /** The first year of 1996和1997年 (the second is an ordinary {@link #YEAR}). */
    FIRST_OF_YEAR_PAIR("年", MatchStarts.YEAR, Rx.YEAR + Rx.S + "[和、与及]" + Rx.S + "(?=(?:" + Rx.YEAR_DIGITS + ")" + Rx.S + "年)") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            return new Range(Value.Date.year(Numerals.parse(m.group("y"))), null);
        }
    },

    /** 20世纪, 20世纪末, 21世纪初, 二十世纪五十年代, 上世纪90年代, 本世纪初. */
    CENTURY("世纪", MatchStarts.before("世纪", 1, 3), "(?:(?<rel>上|本)世纪|(?<c>\\d{1,2}|[一二三四五六七八九十]{1,3})世纪)"
            + "(?<part>初|末|中叶|中期|上半叶|下半叶|(?<dec>\\d0|[一二三四五六七八九]十)年代)?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            int start;
            if (m.group("rel") != null) {
                Integer ref = scope.yearInScope();
                if (ref == null) {
                    return null;
                }
                start = ref / 100 * 100 - ("上".equals(m.group("rel")) ? 100 : 0);
            } else {
                start = (Numerals.parse(m.group("c")) - 1) * 100;
            }
            String part = m.group("part");
            if (m.group("dec") != null) {
                int decade = start + Numerals.parse(m.group("dec"));
                return Range.years(decade, decade + 9);
            }
            if (part == null) {
                return Range.years(start, start + 99);
            }
            return switch (part) {
                case "初" -> Range.years(start, start + 9);
                case "末" -> Range.years(start + 90, start + 99);
                case "上半叶" -> Range.years(start, start + 49);
                case "下半叶" -> Range.years(start + 50, start + 99);
                default -> Range.years(start + 40, start + 69);
            };
        }
    },

    /** 90年代, 八十年代末: the century comes from the year in scope. */
    DECADE("年代", MatchStarts.before("年代", 2, 2), "(?<![\\d〇零一二三四五六七八九十纪])(?<dec>\\d0|[二三四五六七八九]十)年代(?<part>初|中期|末)?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            Integer ref = scope.yearInScope();
            int dec = Numerals.parse(m.group("dec"));
            int decade = ref == null ? 1900 + dec : ref / 100 * 100 + dec;
            if (ref != null && decade > ref) {
                decade -= 100;
            }
            String part = m.group("part");
            if (part == null) {
                return Range.years(decade, decade + 9);
            }
            return switch (part) {
                case "初" -> Range.years(decade, decade + 3);
                case "中期" -> Range.years(decade + 4, decade + 6);
                default -> Range.years(decade + 7, decade + 9);
            };
        }
    },

    /** 今年, 去年, 同年, 当年, 次年, 翌年, 前一年 … optionally with a month and day (同年4月, 今年5月21日) or 初/底. */
    RELATIVE_YEAR("年", MatchStarts.before("年", 1, 2), "(?<rel>今年|本年|去年|前年|明年|同年|当年|次年|翌年|第二年|前一年|上一年|后一年)"
            + "(?:" + Rx.S + Rx.month("m") + Rx.S + "月(?:" + Rx.S + Rx.day("d") + Rx.S + "[日号])?" + Rx.MONTH_PART
            + "|(?<ypart>初|底|末|上半年|下半年))?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            Integer year = relativeYear(m.group("rel"), scope);
            if (year == null) {
                return null;
            }
            if (m.group("m") == null) {
                return Range.ofYear(year, m.group("ypart"));
            }
            int month = Numerals.parse(m.group("m"));
            Value.Date date = m.group("d") == null ? DateRecognizer.month(year, month)
                    : DateRecognizer.day(year, month, Numerals.parse(m.group("d")));
            return Range.of(date, null, false);
        }

        private Integer relativeYear(String word, DateScope scope) {
            Integer base = switch (word) {
                case "今年", "本年", "去年", "前年", "明年" -> scope.documentYear();
                default -> scope.yearInScope();
            };
            if (base == null) {
                return null;
            }
            return base + switch (word) {
                case "去年", "前一年", "上一年" -> -1;
                case "前年" -> -2;
                case "明年", "次年", "翌年", "第二年", "后一年" -> 1;
                default -> 0;
            };
        }
    },

    /** 二十年前, 30年前的今天, 三十年前的6月15日 count back from the document date; 两年后 counts on from the year in scope. */
    YEARS_AGO("年", MatchStarts.before("年", 1, 3), "(?<![\\d〇零一二三四五六七八九十百多几第])(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})年(?<dir>前|后)"
            + "(?:的(?:(?<today>今天)|" + Rx.month("m") + Rx.S + "月(?:" + Rx.S + Rx.day("d") + Rx.S + "[日号])?))?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            int n = Numerals.parse(m.group("n").replace('两', '二'));
            boolean back = m.group("dir").equals("前");
            Integer base = back ? scope.documentYear() : scope.yearInScope();
            if (base == null) {
                return null;
            }
            int year = back ? base - n : base + n;
            if (m.group("today") != null) {
                java.time.LocalDate today = scope.documentDay();
                return today == null ? Range.ofYear(year, null) : Range.of(DateRecognizer.day(year, today.getMonthValue(),
                        today.getDayOfMonth()), null, false);
            }
            if (m.group("m") == null) {
                return Range.ofYear(year, null);
            }
            int month = Numerals.parse(m.group("m"));
            return Range.of(m.group("d") == null ? DateRecognizer.month(year, month)
                    : DateRecognizer.day(year, month, Numerals.parse(m.group("d"))), null, false);
        }
    },

    /** 上月, 本月, 下月 (from the document date), 同月, 当月 (the month in scope), optionally with a day: 上月28日. */
    RELATIVE_MONTH("月", MatchStarts.before("月", 1, 2), "(?<rel>上个|上|本|这个|下个|下|同|当)月(?:" + Rx.S + Rx.day("d") + Rx.S + "[日号])?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            int[] month;
            String rel = m.group("rel");
            if (rel.equals("同") || rel.equals("当")) {
                month = scope.monthInScope();
            } else {
                Integer documentMonth = scope.documentMonth();
                if (documentMonth == null) {
                    return null;
                }
                java.time.YearMonth ym = java.time.YearMonth.of(scope.documentYear(), documentMonth)
                        .plusMonths(rel.startsWith("上") ? -1 : rel.startsWith("下") ? 1 : 0);
                month = new int[] {ym.getYear(), ym.getMonthValue()};
            }
            if (month == null) {
                return null;
            }
            return Range.of(m.group("d") == null ? DateRecognizer.month(month[0], month[1])
                    : DateRecognizer.day(month[0], month[1], Numerals.parse(m.group("d"))), null, false);
        }
    },

    /** 今天, 昨天, 明天 (from the document date), 当天, 同日, 次日, 翌日 (from the day in scope). */
    RELATIVE_DAY("天", MatchStarts.before("天", 1, 2), "(?<rel>今|昨|前|明|当|同一|第二)天") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            return Range.ofDay(relativeDay(m.group("rel"), scope));
        }
    },

    /** 今日, 昨日, 当日, 同日, 次日, 翌日: as {@link #RELATIVE_DAY}; 日前 and 节日 are no dates. */
    RELATIVE_DAY_RI("日", MatchStarts.before("日", 1, 1), "(?<rel>今|昨|明|当|同|次|翌)日(?![前内])") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            return Range.ofDay(relativeDay(m.group("rel"), scope));
        }
    },

    /** 上周五, 本周二, 下周一: a weekday counted from the document's day. */
    RELATIVE_WEEKDAY("周", MatchStarts.before("周", 1, 1), "(?<rel>上|本|这|下)周(?<wd>[一二三四五六日天])") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            java.time.LocalDate today = scope.documentDay();
            if (today == null) {
                return null;
            }
            String rel = m.group("rel");
            int weekday = "一二三四五六日天".indexOf(m.group("wd").charAt(0)) + 1;
            java.time.LocalDate day = today.with(java.time.DayOfWeek.MONDAY)
                    .plusWeeks(rel.equals("上") ? -1 : rel.equals("下") ? 1 : 0).plusDays(Math.min(weekday, 7) - 1);
            return Range.ofDay(day);
        }
    },

    /**
     * 11日, 18日至19日 with neither year nor month: a day of the month in scope (新华社某地3月12日电……11日在某地闭幕),
     * the month before it when the day is later than the document's own (a report of the 28th dated the 2nd).
     * Not a length of time: 30日内, 为期90日.
     */
    DAY_OF_MONTH("日", MatchStarts.before("日", 1, 3), "(?<![\\d〇零一二三四五六七八九十月年第每期个])" + Rx.day("d") + Rx.S + "日"
            + "(?:" + Rx.DASH + Rx.day("d2") + Rx.S + "日)?(?![内以之左])") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            int[] month = scope.monthInScope();
            if (month == null) {
                return null;
            }
            int day = Numerals.parse(m.group("d"));
            java.time.LocalDate documentDay = scope.documentDay();
            if (documentDay != null && month[0] == documentDay.getYear() && month[1] == documentDay.getMonthValue()
                    && day > documentDay.getDayOfMonth() + 1) {
                java.time.YearMonth before = java.time.YearMonth.of(month[0], month[1]).minusMonths(1);
                month = new int[] {before.getYear(), before.getMonthValue()};
            }
            Value.Date to = m.group("d2") == null ? null : DateRecognizer.day(month[0], month[1], Numerals.parse(m.group("d2")));
            return Range.of(DateRecognizer.day(month[0], month[1], day), to, m.group("d2") != null);
        }
    },

    /** 6月底至8月初: a span of months in the year in scope. */
    BARE_MONTH_SPAN("月", MatchStarts.MONTH, Rx.BARE + Rx.month("m") + Rx.S + "月" + Rx.MONTH_PART + Rx.DASH + Rx.month("m2") + Rx.S + "月"
            + Rx.monthPart("part2")) {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            Integer y = scope.yearInScope();
            if (y == null) {
                return null;
            }
            return Range.of(DateRecognizer.month(y, Numerals.parse(m.group("m"))),
                    DateRecognizer.month(y, Numerals.parse(m.group("m2"))), true);
        }
    },

    /** 5月21日, 5月20日至21日 in the year in scope. */
    BARE_DAY("月", MatchStarts.MONTH, Rx.BARE + Rx.month("m") + Rx.S + "月" + Rx.S + Rx.day("d") + Rx.S + "[日号]"
            + "(?:" + Rx.DASH + Rx.day("d2") + Rx.S + "[日号])?") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            Integer y = scope.yearInScope();
            if (y == null) {
                return null;
            }
            int month = Numerals.parse(m.group("m"));
            Value.Date to = m.group("d2") == null ? null : DateRecognizer.day(y, month, Numerals.parse(m.group("d2")));
            return Range.of(DateRecognizer.day(y, month, Numerals.parse(m.group("d"))), to, m.group("d2") != null);
        }
    },

    /** 5月, 9月底 in the year in scope. */
    BARE_MONTH("月", MatchStarts.MONTH, Rx.BARE + Rx.month("m") + Rx.S + "月" + Rx.MONTH_PART) {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            Integer y = scope.yearInScope();
            return y == null ? null : Range.of(DateRecognizer.month(y, Numerals.parse(m.group("m"))), null, false);
        }
    },

    /** 年初, 年底 in the year in scope. */
    BARE_YEAR_PART("年", MatchStarts.before("年", 0, 0), "(?<![\\d〇零一二三四五六七八九十百千万多每周今去明同当次翌本该前上后])年(?<ypart>初|底|末)") {
        @Override
        Range resolve(Matcher m, DateScope scope) {
            Integer y = scope.yearInScope();
            return y == null ? null : Range.ofYear(y, m.group("ypart"));
        }
    };

    /** The day of 今天, 昨天, 当天, 次日 …: from the document's day or the day in scope; null when that is unknown. */
    private static java.time.LocalDate relativeDay(String word, DateScope scope) {
        boolean fromDocument = switch (word) {
            case "今", "昨", "前", "明" -> true;
            default -> false;
        };
        java.time.LocalDate base = fromDocument ? scope.documentDay() : scope.dayInScope();
        if (base == null) {
            return null;
        }
        return base.plusDays(switch (word) {
            case "昨" -> -1;
            case "前" -> -2;
            case "明", "次", "翌", "第二" -> 1;
            default -> 0;
        });
    }

    /** Text every match contains: where it is missing, the pattern need not be run. */
    final String anchor;
    /** Where matches can start: the pattern is tried there only. */
    private final MatchStarts starts;
    final Pattern pattern;

    DateForm(String anchor, MatchStarts starts, String regex) {
        this.anchor = anchor;
        this.starts = starts;
        this.pattern = Pattern.compile(regex);
    }

    /** False when {@code text} cannot hold this form (most sentences name no date at all). */
    boolean mayOccurIn(String text) {
        return text.contains(anchor);
    }

    /**
     * Each match in {@code text}, as successive {@code find()} calls give them (the leftmost match
     * starting at or after the end of the previous one), each in a matcher of its own. Every match
     * starts at one of {@link #starts}, so trying those in ascending order meets the same matches.
     */
    void forEachMatch(String text, Consumer<Matcher> action) {
        if (!mayOccurIn(text)) {
            return;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true); // look-behinds see the text before a start
        int[] lastTried = {-1};
        int[] end = {0};
        starts.forEach(text, start -> {
            if (start <= lastTried[0] || start < end[0]) {
                return;
            }
            lastTried[0] = start;
            if (m.region(start, text.length()).lookingAt()) {
                end[0] = m.end();
                Matcher own = pattern.matcher(text).useTransparentBounds(true).region(start, text.length());
                own.lookingAt();
                action.accept(own);
            }
        });
    }

    /** The calendar values of a match, or null when it is not a real date or cannot be anchored. */
    abstract Range resolve(Matcher match, DateScope scope);

    /** A point ({@code to} null) or a span. */
    record Range(Value.Date from, Value.Date to) {

        /** Null when a part is invalid (month 13, 2月30日) or a span has no valid end. */
        static Range of(Value.Date from, Value.Date to, boolean isSpan) {
            if (from == null || (isSpan && to == null)) {
                return null;
            }
            return new Range(from, to);
        }

        static Range ofDay(java.time.LocalDate day) {
            return day == null ? null : new Range(Value.Date.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), null);
        }

        static Range years(int from, int to) {
            return new Range(Value.Date.year(from), Value.Date.year(to));
        }

        static Range ofYear(int year, String part) {
            if (part == null) {
                return new Range(Value.Date.year(year), null);
            }
            return switch (part) {
                case "初" -> months(year, 1, 3);
                case "上半年" -> months(year, 1, 6);
                case "下半年" -> months(year, 7, 12);
                default -> months(year, 10, 12);
            };
        }

        private static Range months(int year, int from, int to) {
            return new Range(Value.Date.month(year, from), Value.Date.month(year, to));
        }
    }

    /** Regular-expression fragments shared by the forms. */
    private static final class Rx {
        static final String S = "\\s*";
        /** Four digits; a PDF's text may split them with single spaces (2 0 1 8, 202 5). */
        static final String YEAR_DIGITS = "\\d(?: ?\\d){3}|[〇零一二三四五六七八九]{4}";
        static final String YEAR = "(?<![\\d〇零一二三四五六七八九])(?<y>" + YEAR_DIGITS + ")";
        static final String DASH = "\\s*(?:[—–\\-~～]+|至|到)\\s*";
        static final String MONTH_PART = monthPart("part");
        static final String YEAR_PART = "(?<ypart>初|底|末|上半年|下半年)?";
        /** Not the tail of a longer number or of a year ("2014年5月" is read whole by another form). */
        static final String BARE = "(?<![\\d〇零一二三四五六七八九十年个第每上下本这该])";

        static String monthPart(String group) {
            return "(?<" + group + ">初|上旬|中旬|下旬|中下旬|底|末|份)?";
        }

        static String month(String group) {
            return "(?<" + group + ">1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
        }

        static String day(String group) {
            return "(?<" + group + ">3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
        }
    }
}
