package org.asiasec.kg.extract.recognise;

import java.util.BitSet;

/**
 * Characters of the standard Chinese transcription of foreign names (阿南德, 米尔济约耶夫, 努库斯). HanLP
 * cuts an unknown transcribed name into single characters it reads as common words; a run of these
 * characters in a context that marks a person or a place is still one name.
 */
final class Transcription {

    static final String CHARACTERS = "阿埃艾安昂奥巴拜班邦包贝本比彼别宾波伯博布查达代丹道德登迪蒂丁东杜敦多厄恩尔法凡菲费芬丰弗福夫伽盖甘冈戈"
            + "格古哈海汉豪赫亨胡华霍基吉济加贾杰金卡凯坎康科克肯库奎拉莱赖兰朗劳勒雷里利莲列林琳隆卢鲁伦罗洛马玛迈麦曼"
            + "芒梅门蒙米敏莫姆穆纳娜奈南内尼涅努诺帕派潘佩蓬皮珀普奇恰乔切钦丘萨塞桑瑟森沙莎山尚舍什施斯松苏索塔泰坦汤"
            + "特滕提图托瓦万威韦维温文沃乌西希夏谢辛休雅亚扬耶伊因尤于约扎泽詹兹佐卓爱鲍察都范冯伏高贡瓜圭果洪怀季捷久"
            + "考柯可孔夸昆腊蕾莉丽连娄路吕毛孟明默乃瑙宁纽欧庞彭平坡琼屈热若瑞绍申生圣史舒宋唐陶旺翁伍锡欣许尧叶英京卜"
            + "额赛义易妮露采顿祖汀喀撒罕累廷干";

    /** {@link #CHARACTERS} as a set: names are read char by char, and a bit test is cheaper than a scan of the list. */
    private static final BitSet IS_CHARACTER = new BitSet();

    static {
        CHARACTERS.chars().forEach(IS_CHARACTER::set);
    }

    private Transcription() {
    }

    /** Whether {@code c} is one of {@link #CHARACTERS}. */
    static boolean isCharacter(char c) {
        return IS_CHARACTER.get(c);
    }

    static boolean isTranscribed(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!isCharacter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
