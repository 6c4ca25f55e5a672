// Renders a profile page from its rehydration JSON the way TikTok's app does: header first, then the
// video grid from the item list endpoint. Elements carry TikTok's data-e2e attributes.
(function () {
  function display(n) {
    if (n < 10000) return String(n);
    var units = [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
    for (var i = 0; i < units.length; i++) {
      if (n >= units[i][0]) {
        var v = (Math.round(n / units[i][0] * 10) / 10).toFixed(1);
        return (v.endsWith('.0') ? v.slice(0, -2) : v) + units[i][1];
      }
    }
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  var data = JSON.parse(document.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent);
  var detail = data.__DEFAULT_SCOPE__['webapp.user-detail'];
  if (!detail || detail.statusCode !== 0) return;
  var user = detail.userInfo.user, stats = detail.userInfo.statsV2;
  var app = document.getElementById('app');
  setTimeout(function () {
    var header = el('div', {'class': 'share-info'});
    header.appendChild(el('h1', {'data-e2e': 'user-title'}, user.uniqueId));
    header.appendChild(el('h2', {'data-e2e': 'user-subtitle'}, user.nickname));
    var counts = el('div', {'class': 'count-infos'});
    counts.appendChild(el('strong', {'data-e2e': 'following-count'}, display(+stats.followingCount)));
    counts.appendChild(el('strong', {'data-e2e': 'followers-count'}, display(+stats.followerCount)));
    counts.appendChild(el('strong', {'data-e2e': 'likes-count'}, display(+stats.heartCount)));
    header.appendChild(counts);
    header.appendChild(el('h2', {'data-e2e': 'user-bio'}, user.signature));
    app.appendChild(header);
    var grid = el('div', {'data-e2e': 'user-post-item-list'});
    app.appendChild(grid);
    fetch('/api/post/item_list/?secUid=' + encodeURIComponent(user.secUid) + '&count=30&cursor=0&aid=1988')
      .then(function (r) { return r.json(); })
      .then(function (list) {
        list.itemList.forEach(function (item) {
          var cell = el('div', {'data-e2e': 'user-post-item'});
          var kind = item.imagePost ? '/photo/' : '/video/';
          var link = el('a', {href: '/@' + user.uniqueId + kind + item.id});
          link.appendChild(el('strong', {'data-e2e': 'video-views'}, display(+(item.statsV2 || item.stats).playCount)));
          cell.appendChild(link);
          grid.appendChild(cell);
        });
      });
  }, 80);
})();
