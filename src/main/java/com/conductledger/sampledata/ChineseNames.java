package com.conductledger.sampledata;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Common Chinese surnames and given names, drawn without repeating a full name in one group. */
final class ChineseNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
			+ "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";

	private static final String[] GIVEN_NAMES = { "芳", "娜", "伟", "洋", "静", "敏", "丽", "强", "磊", "军", "勇", "艳",
			"杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "华", "玲", "红", "丹", "婷", "雪", "慧", "鑫", "宇",
			"浩", "欣", "晨", "佳", "琳", "颖", "倩", "萍", "建华", "建国", "志强", "海燕", "晓明", "丽娟", "文", "斌", "波", "辉",
			"峰", "鹏", "飞", "俊", "帆", "悦", "怡", "梦", "思远", "嘉怡", "子涵", "一诺", "雨涵", "欣怡", "梓轩", "浩然",
			"宇航", "晓燕", "秀兰", "玉兰", "春梅", "海涛", "国强", "红梅", "凤英", "婷婷", "晶晶", "亮", "昊", "凯", "晓东",
			"丽华", "文静", "佳琪", "思琪", "雅琴", "建军", "志刚", "秀珍", "淑华", "玉梅" };

	private final SplittableRandom random;

	private final Set<String> used = new HashSet<>();

	ChineseNames(SplittableRandom random) {
		this.random = random;
	}

	String next() {
		while (true) {
			String name = surname() + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
			if (used.add(name)) {
				return name;
			}
		}
	}

	/** The common surnames are drawn more often, as in a real roster. */
	private char surname() {
		int index = random.nextInt(SURNAMES.length());
		if (random.nextInt(3) > 0) {
			index = index % 20;
		}
		return SURNAMES.charAt(index);
	}

}
