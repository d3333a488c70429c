/**
 * Stands in for @easyops-cn/docusaurus-search-local's `client/utils/sortSearchResults.js` inside
 * its search worker (plugins/search-ranking/index.ts swaps the module at bundle time). Same name
 * and contract: sorts the array in place. The order is src/lib/searchRanking.ts.
 */
import { rankSearchResults, type SearchHitLike } from '../../src/lib/searchRanking';

export function sortSearchResults(results: SearchHitLike[]): void {
  rankSearchResults(results);
}
