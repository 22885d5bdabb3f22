extension FollowUpStatus {
    /// The follow-ups in the order the next monev meeting reviews them: open ones
    /// (terbuka, dalam proses) before closed ones (selesai, dibatalkan); within each,
    /// earlier due date first and those without a due date last; ties keep the order of
    /// `items`, so passing them in creation order breaks ties by creation.
    public static func sortedForAgenda<Item>(
        _ items: [Item], status: (Item) -> FollowUpStatus, dueDate: (Item) -> CalendarDate?
    ) -> [Item] {
        let keyed = items.enumerated().map { position, item in
            (item: item, closed: status(item).isOpen ? 0 : 1, dueDate: dueDate(item), position: position)
        }
        return keyed.sorted { lhs, rhs in
            if lhs.closed != rhs.closed { return lhs.closed < rhs.closed }
            if lhs.dueDate != rhs.dueDate { return isEarlier(lhs.dueDate, rhs.dueDate) }
            return lhs.position < rhs.position
        }.map(\.item)
    }

    /// Earlier date first; a missing date after every date.
    private static func isEarlier(_ lhs: CalendarDate?, _ rhs: CalendarDate?) -> Bool {
        switch (lhs, rhs) {
        case let (lhs?, rhs?): lhs < rhs
        case (_?, nil): true
        case (nil, _): false
        }
    }
}
