/**
 * How-to guides for the demo council, written as Digital Champions write them: short,
 * plain English, one task each, in the order a person does it. `author` picks who wrote it
 * from the demo champions ('priya' is Priya Chauhan; a number is another champion).
 */

export interface DemoGuide {
  title: string;
  summary: string;
  bodyMarkdown: string;
  categoryKeys: string[];
  statementKeys: string[];
  author: 'priya' | number;
  status: 'published' | 'submitted';
  /** How long ago it was published (or submitted). */
  daysAgo: number;
}

export const DEMO_GUIDES: DemoGuide[] = [
  {
    title: 'Share a file from OneDrive',
    summary: 'Send a link instead of an attachment, so everyone works on the same copy and you choose who can see it.',
    author: 1,
    status: 'published',
    daysAgo: 62,
    categoryKeys: [],
    statementKeys: ['onedrive-sharepoint-files'],
    bodyMarkdown: `Sending a link is safer than attaching a copy: you can stop sharing at any time, and nobody ends up with an old version.

# Share the file

1. Open **OneDrive** from the app launcher (the nine dots, top left) or from **Files** in Teams.
2. Find the file. Point at it and choose **Share** (the arrow icon).
3. Type the names of the people you want to share with.
4. Choose **Can edit** or **Can view**. If they only need to read it, choose **Can view**.
5. Add a short message if you like, then choose **Send**.

# Choose who the link works for

Choose the settings (the cog or the words under the names) to pick who can open the link:

- **People in Northmere Borough Council** – anyone at the council with the link.
- **People you choose** – only the people you named. Use this for anything personal or sensitive.

> Never share a file about a resident with **Anyone with the link**. If in doubt, choose *People you choose*.

# Stop sharing

Point at the file, choose **Manage access**, then remove the person or the link.`,
  },
  {
    title: 'Spot a phishing email',
    summary: 'Five checks that take a minute, and what to do if an email looks wrong.',
    author: 2,
    status: 'published',
    daysAgo: 54,
    categoryKeys: ['safe-and-legal'],
    statementKeys: ['spot-scams-and-suspicious-links'],
    bodyMarkdown: `Phishing emails try to get you to click a link, open an attachment or give away a password. They often look like they come from someone you know.

# Five checks

1. **Who sent it?** Look at the email address, not just the name. \`hr@northmere-council.example\` is ours; \`hr-northmere@mail-secure.co\` is not.
2. **Is it rushing you?** "Your account will be closed today" is a warning sign.
3. **Does the link go where it says?** Point at it (don't click) and read the address that appears.
4. **Were you expecting the attachment?** Be careful with files you did not ask for, especially ones that ask you to "enable content".
5. **Does it ask for your password or bank details?** The council will never ask for your password by email.

# If it looks wrong

- Do not click anything or reply.
- In Outlook, choose **Report** then **Report phishing**.
- If you already clicked or typed your password, call the IT service desk straight away. You will not be in trouble – the sooner they know, the easier it is to fix.

You can read more on the National Cyber Security Centre's site: https://www.ncsc.gov.uk/collection/phishing-scams`,
  },
  {
    title: 'Book a meeting room in Outlook',
    summary: 'Find a free room at the Civic Centre and book it with your meeting invitation.',
    author: 3,
    status: 'published',
    daysAgo: 41,
    categoryKeys: [],
    statementKeys: ['outlook-email-calendar'],
    bodyMarkdown: `Rooms are booked like people: you invite the room to your meeting, and it accepts if it is free.

# Book a room

1. In Outlook, open your **Calendar** and choose **New event**.
2. Give the meeting a title and invite the people who are coming.
3. Choose **Search for a room or location**, then **Browse more rooms**.
4. Pick the building (for example *Civic Centre*). Rooms show how many people they hold.
5. Choose a room that says **Available**, then choose **Send**.

Within a minute or two the room replies. Check your inbox for **Accepted**. If it says **Declined**, someone else got there first – pick another room.

# Change or cancel

Open the meeting in your calendar, change the time or room, and choose **Send update**. If the meeting is off, choose **Cancel meeting** so the room is free for others.

> Tip: the *Scheduling assistant* shows when everyone, and the room, is free.`,
  },
  {
    title: 'Start a Teams call with a resident',
    summary: 'Invite someone outside the council to a video call, and what to check before you start.',
    author: 4,
    status: 'published',
    daysAgo: 33,
    categoryKeys: [],
    statementKeys: ['teams-meetings'],
    bodyMarkdown: `Residents do not need Teams installed: they can join from a web browser or a phone.

# Before the call

- Check with your manager that a video call suits the conversation. Some things are better face to face.
- Make sure you are somewhere private, and blur your background if others could be seen.

# Send the invitation

1. In Teams, open **Calendar** and choose **New meeting**.
2. Add a title the resident will recognise, such as *Call about your housing application*.
3. In **Add required attendees**, type the resident's email address and choose **Invite**.
4. Pick the date and time and choose **Send**.

The resident gets an email with a **Join the meeting now** link.

# On the day

1. Join a few minutes early from your calendar.
2. The resident may wait in the **lobby**. When you see their name, choose **Admit**.
3. If they cannot get video working, offer to carry on with audio only – or phone them instead.

> Do not record a call with a resident unless your service has agreed it and the resident says yes.`,
  },
  {
    title: 'Keep a strong password with the password manager',
    summary: 'Let the password manager make and remember long passwords, so you only remember one.',
    author: 5,
    status: 'published',
    daysAgo: 20,
    categoryKeys: [],
    statementKeys: ['create-strong-password', 'update-and-reset-password'],
    bodyMarkdown: `A strong password is long and used in only one place. Nobody can remember dozens of those – the password manager does it for you.

# Your one password

Make your council password from **three random words**, such as *PlumTrainLadder*. It is long, hard to guess and easy to remember. Don't use names, birthdays or your team's name.

# Save a password

1. Sign in to a website as usual.
2. When the browser offers to **Save password**, choose **Save**.
3. Next time, choose the box and pick the saved password.

# Make a new password

When a website asks you to choose a password, choose **Suggest strong password**. The manager makes one and saves it – you never need to type it.

# If you think a password is known

Change it straight away, and tell the IT service desk if it was your council password. Turn on the **second check** (a code on your phone) wherever a site offers it.`,
  },
  {
    title: 'Freeze the top row in Excel',
    summary: 'Keep the column headings in view while you scroll down a long spreadsheet.',
    author: 'priya',
    status: 'published',
    daysAgo: 12,
    categoryKeys: [],
    statementKeys: ['excel-basics'],
    bodyMarkdown: `In a long list, the headings scroll out of sight and it is easy to put a figure in the wrong column. Freezing the top row keeps them in view.

# Freeze the top row

1. Open the spreadsheet.
2. Choose the **View** tab at the top.
3. Choose **Freeze Panes**, then **Freeze Top Row**.

A thin line appears under row 1. Scroll down: the headings stay put.

# Freeze the first column as well

To keep both the headings and the first column (such as names or reference numbers) in view:

1. Click the cell just below the headings and to the right of the first column – usually **B2**.
2. Choose **View**, **Freeze Panes**, then **Freeze Panes**.

# Unfreeze

Choose **View**, **Freeze Panes**, then **Unfreeze Panes**.

> In Excel for the web, the same options are under **View** too.`,
  },
  {
    title: 'Use the Accessibility Checker in Word',
    summary: 'Find and fix the things that make a document hard to read with a screen reader, before you send it.',
    author: 'priya',
    status: 'submitted',
    daysAgo: 2,
    categoryKeys: ['creating'],
    statementKeys: ['create-from-existing-media'],
    bodyMarkdown: `Some residents and colleagues use a screen reader, which reads documents aloud. The Accessibility Checker finds what would trip it up.

# Run the checker

1. In Word, choose the **Review** tab.
2. Choose **Check Accessibility**. A panel opens on the right.
3. Work through the **Errors** first, then the **Warnings**. Choose each one to see where it is and how to fix it.

# The three things it finds most

- **Missing alternative text** – right-click the picture, choose **View Alt Text**, and describe what the picture shows in a sentence.
- **Headings that are just bold text** – select the line and choose **Heading 1** or **Heading 2** from the **Home** tab, so people can jump between sections.
- **Links that say "click here"** – change the words to say where the link goes, such as *Apply for a parking permit*.

# Keep it on

Tick **Keep accessibility checker running while I work**, and Word shows a reminder in the status bar at the bottom.`,
  },
];
