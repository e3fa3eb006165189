import { dayOfUrl } from '../../../src/extract/clean/dayOfUrl';

describe('dayOfUrl', () => {
  it.each([
    ['https://www.theguardian.com/world/2019/dec/30/iraq-strikes', '2019-12-30'],
    ['https://www.vox.com/2020/1/3/21048096/soleimani', '2020-01-03'],
    ['https://news.cgtn.com/news/2020-01-01/story.html', '2020-01-01'],
    ['https://www.csmonitor.com/World/2020/0107/Story', '2020-01-07'],
    // The year and month as one segment, then the day (China Daily).
    ['https://www.chinadaily.com.cn/a/202012/21/WS5fdff2a1a31024ad0ba9d7c4.html', '2020-12-21'],
    ['https://x.example/a/202013/40/story.html', null],
    ['https://x.example/story-2020.html', null],
    [null, null],
  ])('%s -> %s', (url, day) => {
    expect(dayOfUrl(url)).toBe(day);
  });
});
