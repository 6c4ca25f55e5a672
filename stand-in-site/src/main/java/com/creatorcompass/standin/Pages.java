package com.creatorcompass.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The site's pages in TikTok's current format: server HTML with the rehydration JSON, DOM rendered by script. */
final class Pages {

    static final String SIMULATED_MARKER = "<meta name=\"compass:simulated\" content=\"true\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Pages() {}

    /** @param bio the bio the page shows (the creator's own, or one edited on the stand-in site) */
    static String profile(SyntheticProfile profile, String bio, int statusCode, boolean privateAccount) {
        ObjectNode detail = JSON.createObjectNode();
        if (profile != null) {
            SyntheticCreator c = profile.creator();
            ObjectNode userInfo = detail.putObject("userInfo");
            ObjectNode user = userInfo.putObject("user");
            user.put("id", c.userId());
            user.put("uniqueId", c.handle());
            user.put("nickname", c.nickname());
            user.put("signature", bio);
            user.put("verified", c.verified());
            user.put("privateAccount", privateAccount);
            user.put("secUid", c.secUid());
            user.put("createTime", SyntheticWorld.EPOCH.getEpochSecond() - 86_400L * 400);
            user.put("language", c.language());
            if (c.regionShown()) {
                user.put("region", c.region());
            }
            ObjectNode stats = userInfo.putObject("stats");
            ObjectNode statsV2 = userInfo.putObject("statsV2");
            putCount(stats, statsV2, "followerCount", profile.followers());
            putCount(stats, statsV2, "followingCount", profile.following());
            putCount(stats, statsV2, "heart", profile.likes());
            putCount(stats, statsV2, "heartCount", profile.likes());
            putCount(stats, statsV2, "videoCount", profile.videoCount());
            putCount(stats, statsV2, "friendCount", profile.friends());
            putCount(stats, statsV2, "diggCount", 1_234);
            userInfo.putArray("itemList");
            ObjectNode shareMeta = detail.putObject("shareMeta");
            shareMeta.put("title", c.nickname() + " on TikTok");
            shareMeta.put("desc", "@" + c.handle() + " " + DisplayCounts.display(profile.followers()) + " Followers");
        } else {
            detail.putObject("userInfo");
        }
        detail.put("statusCode", statusCode);
        detail.put("statusMsg", statusCode == 0 ? "" : "status " + statusCode);
        return page(
                profile == null
                        ? "TikTok"
                        : profile.creator().nickname() + " (@"
                                + profile.creator().handle() + ") | TikTok",
                rehydration("webapp.user-detail", detail),
                true);
    }

    static String video(SyntheticCreator creator, SyntheticVideo video, int statusCode) {
        ObjectNode detail = JSON.createObjectNode();
        ObjectNode itemInfo = detail.putObject("itemInfo");
        if (video != null) {
            itemInfo.set("itemStruct", itemStruct(creator, video));
        }
        detail.put("statusCode", statusCode);
        detail.put("statusMsg", statusCode == 0 ? "" : "status " + statusCode);
        return page("TikTok video", rehydration("webapp.video-detail", detail), false);
    }

    /** A page of the item list; {@code older}: as older pages served it ({@link Fault#OLDER_ITEM_FORMAT}). */
    static String itemList(
            SyntheticCreator creator, List<SyntheticVideo> page, boolean hasMore, int cursor, boolean older) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("itemList");
        page.forEach(video -> items.add(older ? olderItemStruct(creator, video) : itemStruct(creator, video)));
        body.put("hasMore", hasMore);
        body.put("cursor", Integer.toString(cursor));
        body.put("statusCode", 0);
        return body.toString();
    }

    static String captcha() {
        ObjectNode detail = JSON.createObjectNode();
        detail.put("statusCode", 10000);
        detail.put("statusMsg", "verify");
        ObjectNode verify = detail.putObject("verifyConfig");
        verify.put("type", "verify");
        verify.put("subtype", "slide");
        return page("Security Check | TikTok", rehydration("webapp.user-detail", detail), false);
    }

    static String challenge() {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Please wait...</title>" + SIMULATED_MARKER
                + "</head><body><div id=\"cs\"><div id=\"wci\">Please wait…</div></div>"
                + "<script>/* computing a proof of work */</script></body></html>";
    }

    static String login() {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Log in | TikTok</title>" + SIMULATED_MARKER
                + "</head><body><div data-e2e=\"login-modal\">Log in to TikTok</div></body></html>";
    }

    static String changedLayout(SyntheticProfile profile) {
        SyntheticCreator c = profile.creator();
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + c.nickname() + "</title>"
                + SIMULATED_MARKER
                + "</head><body><main><h1 class=\"creator-handle\">" + c.handle() + "</h1>"
                + "<span class=\"fans\">" + DisplayCounts.display(profile.followers()) + "</span></main></body></html>";
    }

    static String malformed(SyntheticProfile profile) {
        String good = profile(profile, profile.creator().bio(), 0, false);
        int cut = good.indexOf("\"statsV2\"");
        return good.substring(0, cut) + "\"statsV2\": {\"followerCount\": " + good.substring(good.indexOf("</script>"));
    }

    private static ObjectNode itemStruct(SyntheticCreator creator, SyntheticVideo video) {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", video.id());
        item.put("desc", video.caption());
        // TikTok sends createTime as a number, and on some items as a string.
        if (Long.parseLong(video.id()) % 3 == 0) {
            item.put("createTime", Long.toString(video.postedAt().getEpochSecond()));
        } else {
            item.put("createTime", video.postedAt().getEpochSecond());
        }
        item.putObject("video").put("duration", video.durationSeconds());
        ObjectNode author = item.putObject("author");
        author.put("uniqueId", creator.handle());
        author.put("id", creator.userId());
        ObjectNode stats = item.putObject("stats");
        stats.put("playCount", video.views());
        stats.put("diggCount", video.likes());
        stats.put("commentCount", video.comments());
        stats.put("shareCount", video.shares());
        if (Long.parseLong(video.id()) % 2 == 0) {
            stats.put("collectCount", Long.toString(video.saves()));
        } else {
            stats.put("collectCount", video.saves());
        }
        ObjectNode statsV2 = item.putObject("statsV2");
        statsV2.put("playCount", Long.toString(video.views()));
        statsV2.put("diggCount", Long.toString(video.likes()));
        statsV2.put("commentCount", Long.toString(video.comments()));
        statsV2.put("shareCount", Long.toString(video.shares()));
        statsV2.put("collectCount", Long.toString(video.saves()));
        ArrayNode textExtra = item.putArray("textExtra");
        ArrayNode challenges = item.putArray("challenges");
        for (String tag : video.hashtags()) {
            textExtra.addObject().put("hashtagName", tag);
            challenges.addObject().put("title", tag);
        }
        item.putObject("music").put("title", "original sound - " + creator.handle());
        return item;
    }

    /** No statsV2 and no saves; every third post (by id) a photo post. */
    private static ObjectNode olderItemStruct(SyntheticCreator creator, SyntheticVideo video) {
        ObjectNode item = itemStruct(creator, video);
        item.remove("statsV2");
        ((ObjectNode) item.get("stats")).remove("collectCount");
        if (video.photoPostInOlderFormat()) {
            item.putObject("imagePost").putArray("images").addObject().put("imageWidth", 1080);
            ((ObjectNode) item.get("video")).put("duration", 0);
        }
        return item;
    }

    private static void putCount(ObjectNode stats, ObjectNode statsV2, String key, long exact) {
        long rounded = DisplayCounts.rounded(exact);
        // TikTok's int32 heartCount wraps on huge accounts; statsV2 stays right.
        stats.put(key, key.equals("heartCount") && rounded > Integer.MAX_VALUE ? (int) rounded : rounded);
        statsV2.put(key, Long.toString(exact));
    }

    private static String rehydration(String scope, ObjectNode detail) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("__DEFAULT_SCOPE__").set(scope, detail);
        // "</" must not end the script element early.
        return root.toString().replace("</", "<\\/");
    }

    private static String page(String title, String rehydrationJson, boolean profileApp) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + SIMULATED_MARKER
                // "</" written as "<\/" (the same string to JSON): an edited bio cannot end the script element.
                + "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">"
                + rehydrationJson.replace("</", "<\\/")
                + "</script>"
                + "</head><body><div id=\"app\"></div>"
                + (profileApp ? "<script src=\"/static/profile.js\"></script>" : "")
                + "</body></html>";
    }

    /** The stand-in's own form for editing a creator's bio (TikTok's is in its app); {@code problem} says why the last try failed. */
    static String editBio(String handle, String bio, String problem) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Edit the bio of @"
                + escape(handle)
                + " (stand-in)</title>" + SIMULATED_MARKER + "</head><body><main><h1>Edit the bio of @" + escape(handle)
                + "</h1>"
                + "<p>Stand-in site only: what TikTok's app lets an account's owner do. The next scrape of the profile sees it.</p>"
                + (problem == null ? "" : "<p role=\"alert\">" + escape(problem) + "</p>")
                + "<form method=\"post\" action=\"/@" + escape(handle) + "/edit\"><label for=\"bio\">Bio (at most "
                + StandInSite.BIO_LENGTH + " characters)</label> <input id=\"bio\" name=\"bio\" maxlength=\""
                + StandInSite.BIO_LENGTH
                + "\" size=\"60\" value=\"" + escape(bio) + "\"> <button type=\"submit\">Save</button></form>"
                + "<p><a href=\"/@" + escape(handle) + "\">Back to the profile</a></p></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
