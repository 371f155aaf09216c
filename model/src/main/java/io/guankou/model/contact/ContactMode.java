package io.guankou.model.contact;

/** 电话 / 微信 / 视频 / 云服务 / 上门 (DOMAIN.md §4). */
public enum ContactMode { PHONE, WECHAT, VIDEO, CLOUD_SERVICE, HOME_VISIT }
