import { FRAMEWORK_FORMAT, type FrameworkDocument } from '../../contracts/skills-framework.js';

/**
 * The framework the product ships with, saved as version 1 on a council's first start.
 *
 * The five basic categories hold the UK Basic Digital Skills tasks word for word, so a
 * council's results can be compared with the national framework. Foundation, Being safe and
 * legal online and Digital at work follow the Essential Digital Skills framework and a
 * council's working day. Written in plain English for a reading age of about 9 to 11.
 */
export const DEFAULT_FRAMEWORK: FrameworkDocument = {
  format: FRAMEWORK_FORMAT,
  name: 'Council digital skills framework',
  note: 'The framework that comes with Digital Culture Hub.',
  categories: [
    {
      key: 'foundation',
      title: 'Foundation',
      description: 'The first steps: using a device, making it easier to use, getting online and keeping your accounts locked.',
      basic: false,
      statements: [
        {
          key: 'use-device-controls',
          text: 'Turn on a device and use its keyboard, mouse or touch screen',
          helpText: 'This means using a computer, laptop, tablet or phone well enough to open things and type.',
          example: 'Switch on your work laptop, sign in and open your email.',
          context: 'work',
        },
        {
          key: 'change-accessibility-settings',
          text: 'Change settings to make a device easier to use',
          helpText: 'You can make text bigger, change colours or have the device read words out loud.',
          example: 'Make the text on your phone bigger so you can read it without your glasses.',
          context: 'life',
        },
        {
          key: 'connect-to-wifi',
          text: 'Connect a device to Wi-Fi',
          helpText: 'Wi-Fi lets a device use the internet without a cable. You pick the network and type its password.',
          example: 'Connect your phone to the free Wi-Fi at the library or at home.',
          context: 'life',
        },
        {
          key: 'use-a-web-browser',
          text: 'Open a web browser and go to a website by typing its address',
          helpText: 'A web browser is the app you use to visit websites, such as Edge, Chrome or Safari.',
          example: 'Open Edge and type in the council website address to check bin collection days.',
          context: 'life',
        },
        {
          key: 'create-strong-password',
          text: 'Make a strong password and keep it safe',
          helpText: 'A strong password is long and hard to guess. Three random words together work well.',
          example: 'Change your work password to three random words, like "PurpleKettleRiver".',
          context: 'work',
        },
        {
          key: 'update-and-reset-password',
          text: 'Change or reset a password you have forgotten',
          helpText: 'Most websites have a "forgot password" link. You then follow the steps they send you.',
          example: 'Reset the password for your online bank after you forget it.',
          context: 'life',
        },
      ],
    },
    {
      key: 'managing-information',
      title: 'Managing information',
      description: 'Finding, saving and going back to information online.',
      basic: true,
      statements: [
        {
          key: 'use-search-engine',
          text: 'Use a search engine to look for information online',
          helpText: 'A search engine, such as Google or Bing, finds web pages about the words you type.',
          example: 'Search for the opening times of your local recycling centre.',
          context: 'life',
        },
        {
          key: 'download-save-photo',
          text: 'Download/save a photo you found online',
          helpText: 'This means keeping a copy of a picture from a website on your own device.',
          example: 'Save a photo of a recipe from a website so you can look at it later.',
          context: 'life',
        },
        {
          key: 'find-visited-website',
          text: 'Find a website you have visited before',
          helpText: 'You can use your browser history or bookmarks to go back to a website.',
          example: 'Go back to the holiday website you looked at last week using your history.',
          context: 'life',
        },
      ],
    },
    {
      key: 'communicating',
      title: 'Communicating',
      description: 'Keeping in touch with people and sharing things online.',
      basic: true,
      statements: [
        {
          key: 'send-personal-message',
          text: 'Send a personal message to another person via email or online messaging service',
          helpText: 'This could be an email, a text in WhatsApp, or a message in Teams.',
          example: 'Send a WhatsApp message to a friend to arrange to meet up.',
          context: 'life',
        },
        {
          key: 'comment-and-share-carefully',
          text: 'Carefully make comments and share information online',
          helpText: 'Think before you post. Be kind, and only share things you are happy for others to see.',
          example: 'Leave a polite comment on a community Facebook group about a local event.',
          context: 'life',
        },
      ],
    },
    {
      key: 'transacting',
      title: 'Transacting',
      description: 'Buying things and using services online.',
      basic: true,
      statements: [
        {
          key: 'buy-from-website',
          text: 'Buy items or services from a website',
          helpText: 'This means choosing something on a website and paying for it online.',
          example: 'Order a birthday present from an online shop and pay with your card.',
          context: 'life',
        },
        {
          key: 'buy-install-apps',
          text: 'Buy and install apps on a device',
          helpText: 'Apps come from an app store on your phone or tablet. Some are free and some cost money.',
          example: 'Install the NHS App on your phone from the app store.',
          context: 'life',
        },
      ],
    },
    {
      key: 'problem-solving',
      title: 'Problem solving',
      description: 'Using online help to fix things and checking what you read is true.',
      basic: true,
      statements: [
        {
          key: 'solve-problem-online-help',
          text: 'Solve a problem you have with a device or digital service using online help',
          helpText: 'Help pages, videos and chat services can show you how to fix a problem.',
          example: 'Watch a short video to find out how to connect your printer to your laptop.',
          context: 'life',
        },
        {
          key: 'verify-sources',
          text: 'Verify sources of information you found online',
          helpText: 'Check who wrote something and whether other trusted websites say the same.',
          example: 'Check a news story on the BBC or GOV.UK before you share it.',
          context: 'life',
        },
      ],
    },
    {
      key: 'creating',
      title: 'Creating',
      description: 'Filling in forms and making new things online.',
      basic: true,
      statements: [
        {
          key: 'complete-online-forms',
          text: 'Complete online application forms which include personal details',
          helpText: 'Many forms are now online, such as job applications or a parking permit.',
          example: 'Apply for a new passport or a blue badge online.',
          context: 'life',
        },
        {
          key: 'create-from-existing-media',
          text: 'Create something new from existing online images, music or video',
          helpText: 'This means putting photos, music or clips together to make something of your own.',
          example: 'Make a short slideshow of family photos with music for a birthday.',
          context: 'life',
        },
      ],
    },
    {
      key: 'safe-and-legal',
      title: 'Being safe and legal online',
      description: 'Protecting yourself, your devices and other people’s information.',
      basic: false,
      statements: [
        {
          key: 'spot-scams-and-suspicious-links',
          text: 'Spot scam messages and suspicious links and report them',
          helpText: 'Scams try to trick you into clicking a link or giving away details. Do not click if you are unsure.',
          example: 'Report an email that says your pay is on hold and asks you to log in through a link.',
          context: 'work',
        },
        {
          key: 'check-site-is-secure',
          text: 'Check that a website is secure before you enter personal or payment details',
          helpText: 'Look for an address that starts with https and a site you trust. Type the address yourself if unsure.',
          example: 'Check you are on the real council website before paying your council tax.',
          context: 'life',
        },
        {
          key: 'manage-privacy-settings',
          text: 'Change privacy settings on social media and apps',
          helpText: 'Privacy settings control who can see your posts, photos and where you are.',
          example: 'Set your Facebook profile so only friends can see your photos.',
          context: 'life',
        },
        {
          key: 'install-updates',
          text: 'Install updates on your devices and apps',
          helpText: 'Updates fix problems and keep out viruses. Turn on automatic updates when you can.',
          example: 'Restart your laptop when it asks you to, so the updates can install.',
          context: 'work',
        },
        {
          key: 'protect-personal-data',
          text: 'Keep other people’s personal information safe and only share it when you should',
          helpText: 'Data protection law (UK GDPR) says how we look after people’s details. Share only what is needed.',
          example: 'Check the address before emailing a resident’s case notes, and never send them to a personal account.',
          context: 'work',
        },
        {
          key: 'respect-copyright',
          text: 'Check you are allowed to use a photo, music or text before you share or reuse it',
          helpText: 'Most things online belong to someone. Use free-to-use images or ask for permission.',
          example: 'Use a photo from the council’s image library, not one copied from a news website, on a poster.',
          context: 'work',
        },
        {
          key: 'back-up-files',
          text: 'Back up your files and photos so you do not lose them',
          helpText: 'A backup is a second copy kept somewhere else, such as in the cloud.',
          example: 'Turn on photo backup on your phone so your pictures are safe if you lose it.',
          context: 'life',
        },
      ],
    },
    {
      key: 'digital-at-work',
      title: 'Digital at work',
      description: 'The tools and systems we use every day at the council.',
      basic: false,
      statements: [
        {
          key: 'teams-chat',
          text: 'Send chat messages and share files in Microsoft Teams',
          helpText: 'Teams chat lets you message one person or a group, and add files to the conversation.',
          example: 'Send a quick Teams message to a colleague to ask if they have time for a call.',
          context: 'work',
        },
        {
          key: 'teams-meetings',
          text: 'Join and take part in a Microsoft Teams meeting',
          helpText: 'This means joining a meeting, turning your camera and microphone on and off, and sharing your screen.',
          example: 'Join your team’s weekly meeting from your laptop and share a document on screen.',
          context: 'work',
        },
        {
          key: 'outlook-email-calendar',
          text: 'Use Outlook to manage your email and calendar',
          helpText: 'Outlook is where your work email and diary are. You can use folders, reply and book meetings.',
          example: 'Accept a meeting invitation and set an out-of-office reply before your holiday.',
          context: 'work',
        },
        {
          key: 'onedrive-sharepoint-files',
          text: 'Save, find and share files in OneDrive and SharePoint',
          helpText: 'OneDrive is for your own work files. SharePoint and Teams hold files your team shares.',
          example: 'Share a link to a document in your team’s SharePoint site instead of sending an attachment.',
          context: 'work',
        },
        {
          key: 'excel-basics',
          text: 'Use Excel to enter, sort and add up figures',
          helpText: 'Excel is for tables of numbers and lists. You can sort rows and use simple sums.',
          example: 'Sort a list of site visits by date and add up the mileage for your claim.',
          context: 'work',
        },
        {
          key: 'hr-self-service',
          text: 'Use online HR self-service for payslips, training and appraisals',
          helpText: 'HR self-service is the website where you see your pay, book training and record your appraisal.',
          example: 'Download your payslip and book a place on a training course.',
          context: 'work',
        },
        {
          key: 'mobile-flexible-working',
          text: 'Work safely away from the office on a laptop or phone',
          helpText: 'This means getting onto work systems from home or on the move, and keeping your device locked.',
          example: 'Check your work email on your phone between home visits and lock it when you put it away.',
          context: 'work',
        },
        {
          key: 'council-online-systems',
          text: 'Use the council’s online forms and case systems for your job',
          helpText: 'These are the systems your service uses to record cases, requests and bookings.',
          example: 'Log a resident’s missed bin report in the case system and update it when it is fixed.',
          context: 'work',
        },
      ],
    },
  ],
};
