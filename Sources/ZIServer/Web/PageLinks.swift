/// The pager under a paged list: which page of how many, and the links to the neighbours
/// (nil at either end).
struct PageLinks: Encodable {
    let page: Int
    let pages: Int
    let previous: String?
    let next: String?

    /// The links of `list`, each made by `link` from a page number.
    init<Item>(_ list: ListPage<Item>, link: (Int) -> String) {
        page = list.page
        pages = max(1, (list.total + list.per - 1) / list.per)
        previous = list.page > 1 ? link(min(list.page, pages + 1) - 1) : nil
        next = list.page < pages ? link(list.page + 1) : nil
    }
}
