package org.asiasec.kg.extract.recognise;

/**
 * Characters of the standard Chinese transcription of foreign names (阿南德, 米尔济约耶夫, 努库斯). HanLP
 * cuts an unknown transcribed name into single characters it reads as common words; a run of these
 * characters in a context that marks a person or a place is still one name.
 */
final class Transcription {

    static final String CHARACTERS = "阿埃艾安昂奥巴拜班邦包贝本比彼别宾波伯博布查达代丹道德登迪蒂丁东杜敦多厄恩尔"
            + "法凡菲费芬丰弗福夫伽盖甘冈戈格古哈海汉豪赫亨胡华霍基吉济加贾杰金卡凯坎康科克肯库奎拉莱赖兰朗劳勒雷里利"
            + "莲列林琳隆卢鲁伦罗洛马玛迈麦曼芒梅门蒙米敏莫姆穆纳娜奈南内尼涅努诺帕派潘佩蓬皮珀普奇恰乔切钦丘萨塞桑瑟"
            + "森沙莎山尚舍什施斯松苏索塔泰坦汤特滕提图托瓦万威韦维温文沃乌西希夏谢辛休雅亚扬耶伊因尤于约扎泽詹兹佐卓";

    private Transcription() {
    }

    static boolean isTranscribed(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0);
    }
}
